package nl.nazorg.zvh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.TestPartnerSysteem;
import nl.nazorg.partner.KoppelingFout;
import nl.nazorg.partner.Koppelingen;
import nl.nazorg.partner.Koppelingen.Koppeling;
import nl.nazorg.partner.Koppelingen.Modus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The gemeente teams adapter against a real HTTP server in the test. */
class HttpGemeenteTeamsTest {

    static final String BSN = "123456782";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestPartnerSysteem gemeente = new TestPartnerSysteem();

    @AfterEach
    void stop() {
        gemeente.close();
    }

    @Test
    void bekend() throws Exception {
        gemeente.antwoord("/bekendheid", 200, "{\"bekend\": true, \"team\": \"wijkteam\"}");

        assertThat(teams().isBekend(BSN, "GM0983")).isTrue();

        TestPartnerSysteem.Verzoek verzoek = gemeente.enigVerzoek();
        assertThat(verzoek.methode()).isEqualTo("POST");
        assertThat(verzoek.uri()).isEqualTo("/bekendheid").doesNotContain(BSN);
        assertThat(verzoek.authorization()).isEqualTo("Bearer gemeente-t0k3n");
        assertThat(verzoek.contentType()).startsWith("application/json");
        assertThat(JSON.readTree(verzoek.body()))
                .isEqualTo(JSON.readTree("{\"bsn\": \"" + BSN + "\", \"gemeenteCode\": \"GM0983\"}"));
    }

    @Test
    void nietBekend() {
        gemeente.antwoord("/bekendheid", 200, "{\"bekend\": false}");
        assertThat(teams().isBekend(BSN, "GM0957")).isFalse();
        assertThat(gemeente.enigVerzoek().uri()).doesNotContain(BSN);
    }

    @Test
    void nietGevondenIsGeenNietBekendMaarEenFout() {
        assertFout(() -> teams().isBekend(BSN, "GM0983"), "onverwachte status 404");
    }

    @Test
    void antwoordZonderBekendIsEenFout() {
        gemeente.antwoord("/bekendheid", 200, "{}");
        assertFout(() -> teams().isBekend(BSN, "GM0983"), "'bekend'");
    }

    @Test
    void serverfout() {
        gemeente.antwoord("/bekendheid", 502, "{\"bsn\": \"" + BSN + "\"}");
        assertThat(assertFout(() -> teams().isBekend(BSN, "GM0983"), "status 502").status()).isEqualTo(502);
    }

    @Test
    void geweigerd403() {
        gemeente.antwoord("/bekendheid", 403, null);
        assertFout(() -> teams().isBekend(BSN, "GM0983"), "onverwachte status 403");
    }

    @Test
    void readTimeoutBinnenBegrensdeTijd() {
        gemeente.traagAntwoord("/bekendheid", Duration.ofSeconds(10), 200, "{\"bekend\": true}");
        long begin = System.nanoTime();
        assertFout(() -> teams(Duration.ofMillis(300)).isBekend(BSN, "GM0983"), "read-timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void verbindingGeweigerd() {
        HttpGemeenteTeams nergens = new HttpGemeenteTeams(new Koppelingen(null,
                new Koppeling(Modus.HTTP, TestPartnerSysteem.urlZonderServer(), null, null, "t", null, null), null));
        assertFout(() -> nergens.isBekend(BSN, "GM0983"), "geen verbinding");
    }

    private HttpGemeenteTeams teams() {
        return teams(Duration.ofSeconds(5));
    }

    private HttpGemeenteTeams teams(Duration readTimeout) {
        return new HttpGemeenteTeams(new Koppelingen(null, new Koppeling(Modus.HTTP, gemeente.url(), null, null,
                "gemeente-t0k3n", Duration.ofSeconds(2), readTimeout), null));
    }

    private static KoppelingFout assertFout(Executable aanroep, String verwacht) {
        Throwable fout = null;
        try {
            aanroep.execute();
        } catch (Throwable t) {
            fout = t;
        }
        assertThat(fout).as("verwachte KoppelingFout").isInstanceOf(KoppelingFout.class);
        assertThat(fout).hasMessageContaining("Gemeenteteams").hasMessageContaining(verwacht);
        StringWriter spoor = new StringWriter();
        fout.printStackTrace(new PrintWriter(spoor));
        assertThat(spoor.toString()).doesNotContain(BSN);
        return (KoppelingFout) fout;
    }
}
