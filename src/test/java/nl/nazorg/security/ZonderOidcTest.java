package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import oidcprovider.OidcTestprovider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without {@code nazorg.oidc.issuer-uri} single sign-on is not there at all: no login or logout routes of it, a
 * provider's token is no login, the webapps open on Camunda's own login page and take passwords.
 */
class ZonderOidcTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired ObjectProvider<OidcAanmelding> oidc;

    @Test
    void zonderInstellingBlijftDeAanmeldingZoalsZeWas() throws Exception {
        assertThat(oidc.getIfAvailable()).isNull();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String pad : List.of("/oauth2/authorization/nazorg", "/login/oauth2/code/nazorg?code=x&state=y", "/uitloggen")) {
            HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(401);
        }
        HttpResponse<String> pagina = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                + "/camunda/app/tasklist/default/")).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(WebappSessie.logIn(poort, "cm-terpeel", "tasklist").isAangemeld()).isTrue();

        OidcTestprovider provider = OidcTestprovider.actief();
        provider.gebruiker("cm-terpeel", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        String token = provider.ondertekend(provider.geldigVoor("cm-terpeel"));
        assertThat(ApiKlant.metToken(poort, token).get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(ApiKlant.metToken(poort, token).get("/api/v1/detenties/DET-" + Instant.now().toEpochMilli()).statusCode())
                .isEqualTo(401);
    }
}
