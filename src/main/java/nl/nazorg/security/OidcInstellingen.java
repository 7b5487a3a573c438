package nl.nazorg.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the organisation's OpenID provider ({@code nazorg.oidc.*}); off while {@code issuer-uri} is
 * empty, and then every login is Camunda's own as before.
 *
 * @param issuerUri        the provider's issuer; its discovery document ({@code /.well-known/openid-configuration})
 *                         gives the endpoints and keys
 * @param clientId         nazorg's client at the provider (authorization code flow of the webapps)
 * @param clientSecret     that client's secret
 * @param audience         the {@code aud} that access tokens for the REST APIs must carry; empty: the client id
 * @param gebruikerClaim   the claim whose value is the Camunda user id
 * @param groepenClaim     the claim with the provider's groups (a list, or one string)
 * @param groepen          which provider group is which nazorg group; groups not listed give no rights
 * @param koppelingClients clients whose tokens (client credentials) are the system account {@code koppeling}
 */
@ConfigurationProperties("nazorg.oidc")
public record OidcInstellingen(@DefaultValue("") String issuerUri,
                               @DefaultValue("") String clientId,
                               @DefaultValue("") String clientSecret,
                               @DefaultValue("") String audience,
                               @DefaultValue("preferred_username") String gebruikerClaim,
                               @DefaultValue("groups") String groepenClaim,
                               @DefaultValue List<Groepsvertaling> groepen,
                               @DefaultValue List<String> koppelingClients) {

    /** Registration id of the provider in Spring Security: part of the login and callback paths. */
    static final String REGISTRATIE = "nazorg";

    public boolean isAan() {
        return !issuerUri.isBlank();
    }

    String verwachtPubliek() {
        return audience.isBlank() ? clientId : audience;
    }

    /**
     * One line of the mapping.
     *
     * @param extern the group as the provider names it in the groups claim
     * @param nazorg the nazorg group (Camunda group id) it stands for
     */
    public record Groepsvertaling(String extern, String nazorg) {
    }
}
