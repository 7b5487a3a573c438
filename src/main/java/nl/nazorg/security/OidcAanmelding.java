package nl.nazorg.security;

import java.util.LinkedHashMap;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with the organisation's OpenID provider, for both chains of {@link Beveiliging}; only with
 * {@code nazorg.oidc.issuer-uri} ({@link OidcInstellingen}):
 * <ul>
 * <li>REST APIs: the provider's access tokens (JWT) as {@code Authorization: Bearer}, signed by the provider's keys,
 * of its issuer, for nazorg's audience and not expired; the koppeling's own token keeps working beside them;</li>
 * <li>webapps: the authorization code flow at {@code /oauth2/authorization/nazorg}; opening a webapp without a session
 * goes there, and back to that page after the login ({@link OidcWebappAanmelding}). Camunda's password login page
 * is closed: the provider decides who logs in. The session lasts while the provider renews its access token
 * ({@link OidcSessieGeldigheid}). {@code /uitloggen} ends the session here and at the provider
 * (RP-initiated logout, when the provider announces an end_session_endpoint).</li>
 * </ul>
 * The provider's discovery document is read once at start: nazorg does not start while its provider is unreachable.
 */
@Component
@ConditionalOnExpression("'${nazorg.oidc.issuer-uri:}' != ''")
class OidcAanmelding {

    static final String UITLOGGEN = "/uitloggen";
    private static final String AANMELDEN = "/oauth2/authorization/" + OidcInstellingen.REGISTRATIE;

    private final OidcInstellingen instellingen;
    private final OidcGebruikers gebruikers;
    private final ClientRegistrationRepository registraties;

    OidcAanmelding(OidcInstellingen instellingen, Aanmeldingen aanmeldingen,
                   @Value("${nazorg.beveiliging.koppeling-gebruiker:koppeling}") String koppelingGebruiker) {
        if (instellingen.clientId().isBlank()) {
            throw new IllegalStateException("nazorg.oidc.client-id ontbreekt: zonder client kan nazorg niet aanmelden bij "
                    + instellingen.issuerUri());
        }
        this.instellingen = instellingen;
        this.gebruikers = new OidcGebruikers(instellingen, koppelingGebruiker, aanmeldingen);
        ClientRegistration registratie = ClientRegistrations.fromIssuerLocation(instellingen.issuerUri())
                .registrationId(OidcInstellingen.REGISTRATIE)
                .clientId(instellingen.clientId())
                .clientSecret(instellingen.clientSecret())
                .scope("openid", "profile")
                .build();
        this.registraties = new InMemoryClientRegistrationRepository(registratie);
    }

    /**
     * Bearer tokens on the REST APIs: first the koppeling's configured token (when there is one), then the provider's
     * JWT; a token that is neither is refused with 401.
     */
    void restApis(HttpSecurity http, KoppelingToken koppeling, AuthenticationEntryPoint nietAangemeld) throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(instellingen.issuerUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(instellingen.issuerUri()), voorNazorg())));
        JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
        jwt.setJwtAuthenticationConverter(token -> new AangemeldeGebruiker(gebruikers.van(token.getClaims())));
        AuthenticationManager bearer = koppeling == null ? new ProviderManager(jwt) : new ProviderManager(koppeling, jwt);
        http.oauth2ResourceServer(server -> server
                .authenticationManagerResolver(request -> bearer)
                .authenticationEntryPoint(nietAangemeld));
    }

    private OAuth2TokenValidator<Jwt> voorNazorg() {
        String publiek = instellingen.verwachtPubliek();
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(publiek));
    }

    /** A webapp page goes to the provider's login; the webapps' API calls get 401 as before. */
    private static AuthenticationEntryPoint naarProvider(RequestMatcher webappPaginas, AuthenticationEntryPoint nietAangemeld) {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> soorten = new LinkedHashMap<>();
        soorten.put(webappPaginas, new LoginUrlAuthenticationEntryPoint(AANMELDEN));
        DelegatingAuthenticationEntryPoint keuze = new DelegatingAuthenticationEntryPoint(soorten);
        keuze.setDefaultEntryPoint(nietAangemeld);
        return keuze;
    }

    /** The webapps: login at the provider for the pages that {@code webappPaginas} names, logout at both ends. */
    void webapps(HttpSecurity http, ProcessEngine engine, RequestMatcher webappPaginas, AuthenticationEntryPoint nietAangemeld)
            throws Exception {
        HttpSessionRequestCache terugNaar = new HttpSessionRequestCache();
        terugNaar.setRequestMatcher(webappPaginas);
        terugNaar.setMatchingRequestParameterName(null);
        OidcClientInitiatedLogoutSuccessHandler naUitloggen = new OidcClientInitiatedLogoutSuccessHandler(registraties);
        naUitloggen.setPostLogoutRedirectUri("{baseUrl}/camunda/app/");
        HttpSessionOAuth2AuthorizedClientRepository inSessie = new HttpSessionOAuth2AuthorizedClientRepository();
        DefaultOAuth2AuthorizedClientManager verlengen = new DefaultOAuth2AuthorizedClientManager(registraties, inSessie);
        verlengen.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
        http.addFilterBefore(new OidcSessieGeldigheid(verlengen), WebappSessieAanmelding.class)
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registraties)
                        .authorizedClientRepository(inSessie)
                        .loginPage(AANMELDEN)
                        .successHandler(new OidcWebappAanmelding(engine, gebruikers, terugNaar)))
                .requestCache(cache -> cache.requestCache(terugNaar))
                .exceptionHandling(fouten -> fouten.authenticationEntryPoint(naarProvider(webappPaginas, nietAangemeld)))
                .logout(uit -> uit.logoutUrl(UITLOGGEN).logoutSuccessHandler(naUitloggen));
    }
}
