package nl.nazorg.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security layer in front of every route. {@link StrengeFirewall} refuses every path that is not in its one
 * normal spelling before any rule or servlet reads it. Behind it two filter chains:
 * <ul>
 * <li>the REST APIs ({@code /engine-rest}, {@code /api/v1}): HTTP Basic against Camunda's identity, or the
 * koppeling's token; no session;</li>
 * <li>everything else (the webapps, their APIs and plugins, actuator): the user of Camunda's webapp login, held in
 * the session. Anonymous reaches only the login, the static files of the webapps and health.</li>
 * </ul>
 * Both end in "logged in, or 401". With single sign-on configured ({@link OidcAanmelding}) the REST APIs also take the
 * OpenID provider's access tokens, and the webapps log in at the provider instead of Camunda's login page. The engine then checks its authorizations for exactly that user: Camunda's
 * {@code ProcessEngineAuthenticationFilter} for /engine-rest ({@link EngineRestAanmelding}), Camunda's webapp
 * filters for /camunda/api. CSRF on the webapps stays with Camunda's own filter (the webapps send its token).
 */
@Configuration
@EnableWebSecurity
class Beveiliging {

    /** The webapps' pages themselves; with single sign-on, opening one without a session goes to the provider. */
    private static final String[] WEBAPP_PAGINAS = {"/", "/camunda", "/camunda/", "/camunda/app/", "/camunda/app/*/",
            "/camunda/app/*/*/"};

    private static final String[] WEBAPP_STATISCH = {"/", "/camunda", "/camunda/", "/camunda/app/**",
            "/camunda/assets/**", "/camunda/lib/**", "/camunda/favicon.ico", "/camunda/api/*/plugin/*/static/**"};

    private final boolean tls;

    Beveiliging(@Value("${nazorg.beveiliging.tls:false}") boolean tls) {
        this.tls = tls;
    }

    /**
     * Behind TLS termination ({@code nazorg.beveiliging.tls}) every answer tells the browser to use HTTPS only for a
     * year, also when the proxy talks plain HTTP to this application; otherwise only answers to HTTPS requests do.
     */
    private void kopteksten(HttpSecurity http) throws Exception {
        http.headers(koppen -> koppen.httpStrictTransportSecurity(hsts -> {
            hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true);
            if (tls) {
                hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
            }
        }));
    }

    @Bean
    HttpFirewall firewall() {
        return new StrengeFirewall();
    }

    @Bean
    RequestRejectedHandler geweigerdVerzoek() {
        return (request, response, fout) -> Probleemantwoord.schrijf(response, HttpServletResponse.SC_BAD_REQUEST,
                "Ongeldig adres", "Het adres van het verzoek is niet in zijn gewone vorm (bijvoorbeeld ; , // , /./ of "
                        + "een overbodig gecodeerd teken in het pad, of een ongeldige codering in de zoekvraag).");
    }

    @Bean
    FilterRegistrationBean<AdresControle> adresControle(HttpFirewall firewall, RequestRejectedHandler geweigerd) {
        FilterRegistrationBean<AdresControle> registratie = new FilterRegistrationBean<>(new AdresControle(firewall, geweigerd));
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registratie.setDispatcherTypes(DispatcherType.REQUEST);
        return registratie;
    }

    @Bean
    WebSecurityCustomizer firewallVoorAlles(HttpFirewall firewall, RequestRejectedHandler geweigerd) {
        return web -> web.httpFirewall(firewall).requestRejectedHandler(geweigerd);
    }

    @Bean
    AuthenticationManager aanmelden(Aanmeldingen aanmeldingen,
                                    @Value("${nazorg.beveiliging.koppeling-token:}") String koppelingToken,
                                    @Value("${nazorg.beveiliging.koppeling-gebruiker:koppeling}") String koppelingGebruiker) {
        List<AuthenticationProvider> controles = new ArrayList<>();
        controles.add(new WachtwoordControle(aanmeldingen));
        if (!koppelingToken.isBlank()) {
            controles.add(new KoppelingToken(koppelingToken, koppelingGebruiker, aanmeldingen));
        }
        return new ProviderManager(controles);
    }

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http, AuthenticationManager aanmelden,
                                 @Value("${nazorg.beveiliging.koppeling-token:}") String koppelingToken,
                                 @Value("${nazorg.beveiliging.koppeling-gebruiker:koppeling}") String koppelingGebruiker,
                                 Aanmeldingen aanmeldingen, ObjectProvider<OidcAanmelding> oidc) throws Exception {
        NietAangemeld nietAangemeld = new NietAangemeld(true);
        kopteksten(http);
        http.securityMatcher(new OrRequestMatcher(pad("/engine-rest/**"), pad("/api/v1/**")))
                .authenticationManager(aanmelden)
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(nietAangemeld))
                .exceptionHandling(fouten -> fouten.authenticationEntryPoint(nietAangemeld))
                .authorizeHttpRequests(regels -> regels
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(paden(GET, "/api/v1/openapi.json", "/api/v1/openapi.json/**",
                                "/api/v1/swagger-ui.html", "/api/v1/swagger-ui/**")).permitAll()
                        .anyRequest().authenticated());
        OidcAanmelding eenmaligAanmelden = oidc.getIfAvailable();
        if (eenmaligAanmelden != null) {
            eenmaligAanmelden.restApis(http, koppelingToken.isBlank() ? null
                    : new KoppelingToken(koppelingToken, koppelingGebruiker, aanmeldingen), nietAangemeld);
        } else if (!koppelingToken.isBlank()) {
            AuthenticationFilter token = new AuthenticationFilter(aanmelden,
                    new KoppelingToken(koppelingToken, koppelingGebruiker, aanmeldingen));
            token.setRequestMatcher(AnyRequestMatcher.INSTANCE);
            token.setSuccessHandler((request, response, aanmelding) -> { });
            token.setFailureHandler(nietAangemeld::commence);
            http.addFilterBefore(token, BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webapps(HttpSecurity http, ProcessEngine engine, ObjectProvider<OidcAanmelding> oidc) throws Exception {
        NietAangemeld nietAangemeld = new NietAangemeld(false);
        kopteksten(http);
        String gebruiker = "/camunda/api/admin/auth/user/" + engine.getName();
        OidcAanmelding eenmaligAanmelden = oidc.getIfAvailable();
        RequestMatcher paginas = paden(GET, WEBAPP_PAGINAS);
        http.securityMatcher(pad("/**"))
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new WebappSessieAanmelding(engine.getName()), BasicAuthenticationFilter.class)
                .exceptionHandling(fouten -> fouten.authenticationEntryPoint(nietAangemeld))
                .authorizeHttpRequests(regels -> regels
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(pad("/camunda/api/admin/setup/**")).denyAll()
                        .requestMatchers(paden(GET, "/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(eenmaligAanmelden != null ? paginas : geen()).authenticated()
                        .requestMatchers(eenmaligAanmelden != null ? paden(POST, gebruiker + "/login/*") : geen()).denyAll()
                        .requestMatchers(paden(GET, WEBAPP_STATISCH)).permitAll()
                        .requestMatchers(paden(GET, "/camunda/api/engine/engine/", gebruiker)).permitAll()
                        .requestMatchers(paden(POST, gebruiker + "/login/*", gebruiker + "/logout")).permitAll()
                        .anyRequest().authenticated());
        if (eenmaligAanmelden != null) {
            eenmaligAanmelden.webapps(http, engine, paginas, nietAangemeld);
        }
        return http.build();
    }

    /**
     * Matched against the whole path within the application, whichever servlet serves it: Spring MVC, Jersey for
     * /engine-rest and the webapps' APIs, or static resources.
     */
    private static RequestMatcher pad(String patroon) {
        return PathPatternRequestMatcher.withDefaults().matcher(patroon);
    }

    private static RequestMatcher geen() {
        return request -> false;
    }

    private static RequestMatcher paden(HttpMethod methode, String... patronen) {
        return new OrRequestMatcher(Arrays.stream(patronen)
                .map(patroon -> PathPatternRequestMatcher.withDefaults().matcher(methode, patroon))
                .toArray(RequestMatcher[]::new));
    }
}
