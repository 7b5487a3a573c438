package oidcprovider;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The provider's clients: nazorg (authorization code, its redirect URI known once nazorg runs), the koppeling
 * (client credentials) and the tests' command-line client (authorization code with PKCE, no secret).
 */
final class Klanten implements RegisteredClientRepository {

    private final InMemoryRegisteredClientRepository klanten;
    private final String nazorgId = UUID.randomUUID().toString();
    private final String nazorgGeheim;
    private volatile String nazorgBasis = "http://localhost/nog-niet-gestart";
    private volatile Duration tokenduur = Duration.ofMinutes(5);

    Klanten(Map<String, String> geheimen) {
        this.nazorgGeheim = geheimen.get(OidcTestprovider.NAZORG_CLIENT);
        this.klanten = new InMemoryRegisteredClientRepository(
                nazorg(),
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(OidcTestprovider.KOPPELING_CLIENT)
                        .clientSecret("{noop}" + geheimen.get(OidcTestprovider.KOPPELING_CLIENT))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .build(),
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(OidcTestprovider.TEST_CLIENT)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(OidcTestprovider.TEST_TERUG)
                        .scope("openid").scope("profile")
                        .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                        .build());
    }

    void nazorgOp(int poort) {
        nazorgBasis = "http://localhost:" + poort;
        klanten.save(nazorg());
    }

    /** How long nazorg's access tokens live (5 minutes unless a test shortens it). */
    void nazorgTokenduur(Duration duur) {
        tokenduur = duur;
        klanten.save(nazorg());
    }

    private RegisteredClient nazorg() {
        String basis = nazorgBasis;
        return RegisteredClient.withId(nazorgId)
                .clientId(OidcTestprovider.NAZORG_CLIENT)
                .clientSecret("{noop}" + nazorgGeheim)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(basis + "/login/oauth2/code/nazorg")
                .postLogoutRedirectUri(basis + "/camunda/app/")
                .scope("openid").scope("profile")
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenduur).build())
                .build();
    }

    @Override
    public void save(RegisteredClient klant) {
        klanten.save(klant);
    }

    @Override
    public RegisteredClient findById(String id) {
        return klanten.findById(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return klanten.findByClientId(clientId);
    }
}
