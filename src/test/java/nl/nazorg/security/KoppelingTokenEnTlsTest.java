package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The system account's token, which wrong passwords cannot switch off, and the settings behind TLS termination:
 * Secure cookies and HSTS on every answer, also when the proxy talks plain HTTP to the application.
 */
@TestPropertySource(properties = {"nazorg.beveiliging.koppeling-token=" + KoppelingTokenEnTlsTest.TOKEN,
        "nazorg.beveiliging.tls=true"})
class KoppelingTokenEnTlsTest extends PostgresSpringTest {

    static final String TOKEN = "test-token-voor-de-koppeling-van-minstens-32-tekens";

    @LocalServerPort int poort;
    @Autowired IdentityService identiteit;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hetTokenWerktOokAlsFouteWachtwoordenHetAccountVertragen() throws Exception {
        assertThat(metToken(TOKEN, "/engine-rest/task/count").statusCode()).isEqualTo(200);
        assertThat(metToken(TOKEN, "/api/v1/detenties/DET-bestaat-niet").statusCode()).isEqualTo(404);
        assertThat(metToken("ander-token-van-ruim-tweeendertig-tekens", "/engine-rest/task/count").statusCode()).isEqualTo(401);
        assertThat(metToken("", "/api/v1/detenties/DET-bestaat-niet").statusCode()).isEqualTo(401);
        try {
            ApiKlant fout = new ApiKlant(poort, "koppeling").metWachtwoord("geraden");
            for (int poging = 0; poging < 12; poging++) {
                fout.get("/engine-rest/task/count");
            }
            assertThat(new ApiKlant(poort, "koppeling").get("/engine-rest/task/count").statusCode())
                    .as("het wachtwoord wacht na foute pogingen").isEqualTo(401);
            assertThat(metToken(TOKEN, "/engine-rest/task/count").statusCode()).as("het token niet").isEqualTo(200);
        } finally {
            identiteit.unlockUser("koppeling");
        }
    }

    @Test
    void achterTlsZijnKoekjesSecureEnVraagtElkAntwoordOmHttps() throws Exception {
        HttpResponse<String> pagina = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                waarde -> assertThat(waarde).contains("max-age=31536000").contains("includeSubDomains"));
        List<String> koekjes = pagina.headers().allValues("Set-Cookie");
        assertThat(koekjes).anySatisfy(koekje -> assertThat(koekje).startsWith("XSRF-TOKEN=").containsIgnoringCase("Secure"));
        assertThat(koekjes).filteredOn(koekje -> koekje.startsWith("JSESSIONID="))
                .allSatisfy(koekje -> assertThat(koekje).containsIgnoringCase("Secure"));
        assertThat(new ApiKlant(poort, null).get("/engine-rest/task").headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private HttpResponse<String> metToken(String token, String pad) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
