package oidcprovider;

import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The Spring context of {@link OidcTestprovider}: Spring Authorization Server with OpenID Connect (discovery, JWKS,
 * userinfo, RP-initiated logout) and a form login. Outside nl.nazorg, so nazorg's component scan never finds it.
 * Like a Keycloak realm with a groups mapper and an audience mapper: ID and access tokens carry
 * {@code preferred_username} and {@code groups}, and every access token has nazorg as audience.
 */
@Configuration
@EnableWebSecurity
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
class ProviderContext {

    @Bean
    @Order(1)
    SecurityFilterChain provider(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer provider = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(provider.getEndpointsMatcher())
                .with(provider, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(regels -> regels.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(provider.getEndpointsMatcher()))
                .exceptionHandling(fouten -> fouten.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain aanmelden(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(regels -> regels.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService mensen(OidcTestprovider.Gebruikers gebruikers) {
        return naam -> {
            String wachtwoord = gebruikers.wachtwoorden().get(naam);
            if (wachtwoord == null) {
                throw new UsernameNotFoundException(naam);
            }
            return User.withUsername(naam).password("{noop}" + wachtwoord).roles("MENS").build();
        };
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> groepenEnPubliek(OidcTestprovider.Groepen groepen) {
        return context -> {
            if ("access_token".equals(context.getTokenType().getValue())) {
                context.getClaims().audience(List.of(OidcTestprovider.NAZORG_CLIENT));
            }
            if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                String naam = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", naam)
                        .claim("groups", groepen.vanGebruiker().getOrDefault(naam, List.of()));
            }
        };
    }

    @Bean
    Toestemmingen toestemmingen() {
        return new Toestemmingen();
    }

    @Bean
    JwtDecoder tokensVanZelf(JWKSource<SecurityContext> sleutel) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(sleutel);
    }

    @Bean
    AuthorizationServerSettings instellingen() {
        return AuthorizationServerSettings.builder().build();
    }
}
