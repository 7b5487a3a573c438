package nl.nazorg.zvh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.TestPartnerSysteem;
import nl.nazorg.partner.KoppelingFout;
import nl.nazorg.partner.Koppelingen;
import nl.nazorg.partner.Koppelingen.Koppeling;
import nl.nazorg.partner.Koppelingen.Modus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The GCOS adapter against a real HTTP server in the test: what arrives there (method, path, JSON, authentication,
 * never a bsn in the URL), how each answer is read, and that 5xx, timeouts and a refused connection end in an
 * exception that names GCOS and the status but not the bsn.
 */
class HttpZvhRegisterTest {

    static final String BSN = "123456782";
    static final String DETENTIE = "DET-2026-0001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestPartnerSysteem gcos = new TestPartnerSysteem();

    @AfterEach
    void stop() {
        gcos.close();
    }

    @Test
    void bekendePersoonMetProcesregisseur() throws Exception {
        gcos.antwoord("/personen/zoeken", 200, """
                {"bekend": true, "procesregisseur": "regie-noord", "sinds": "2024-01-01"}""");

        assertThat(register().zoekPersoon(BSN)).contains(new ZvhRegister.ZvhPersoon("regie-noord"));

        TestPartnerSysteem.Verzoek verzoek = gcos.enigVerzoek();
        assertThat(verzoek.methode()).isEqualTo("POST");
        assertThat(verzoek.uri()).isEqualTo("/personen/zoeken");
        assertThat(verzoek.authorization()).isEqualTo(basic("nazorg", "geheim"));
        assertThat(verzoek.contentType()).startsWith("application/json");
        assertThat(verzoek.accept()).contains("application/json");
        assertThat(JSON.readTree(verzoek.body())).isEqualTo(JSON.readTree("{\"bsn\": \"" + BSN + "\"}"));
        assertGeenBsnInUrls();
    }

    @Test
    void bekendZonderProcesregisseur() {
        gcos.antwoord("/personen/zoeken", 200, "{\"bekend\": true}");
        assertThat(register().zoekPersoon(BSN)).contains(new ZvhRegister.ZvhPersoon(null));
    }

    @Test
    void nietBekend() {
        gcos.antwoord("/personen/zoeken", 200, "{\"bekend\": false}");
        assertThat(register().zoekPersoon(BSN)).isEmpty();
    }

    @Test
    void nietGevonden404IsNietBekend() {
        gcos.antwoord("/personen/zoeken", 404, null);
        assertThat(register().zoekPersoon(BSN)).isEmpty();
        assertGeenBsnInUrls();
    }

    @Test
    void antwoordZonderBekendIsEenFout() {
        gcos.antwoord("/personen/zoeken", 200, "{\"procesregisseur\": \"regie-noord\"}");
        assertFout(() -> register().zoekPersoon(BSN), "'bekend'");
    }

    @Test
    void antwoordDatGeenJsonIsIsEenFoutZonderDeInhoud() {
        gcos.antwoord("/personen/zoeken", 200, "bsn " + BSN + " onbekend");
        assertFout(() -> register().zoekPersoon(BSN), "status 200");
    }

    @Test
    void serverfoutIsEenFoutMetStatus() {
        gcos.antwoord("/personen/zoeken", 503, "{\"fout\": \"onderhoud\", \"bsn\": \"" + BSN + "\"}");
        KoppelingFout fout = assertFout(() -> register().zoekPersoon(BSN), "status 503");
        assertThat(fout.status()).isEqualTo(503);
        assertThat(fout).hasMessageNotContaining("onderhoud");
    }

    @Test
    void andere4xxIsEenFout() {
        gcos.antwoord("/personen/zoeken", 401, null);
        assertFout(() -> register().zoekPersoon(BSN), "onverwachte status 401");
        gcos.antwoord("/personen/zoeken", 400, null);
        assertFout(() -> register().zoekPersoon(BSN), "onverwachte status 400");
    }

    @Test
    void readTimeoutBinnenBegrensdeTijd() {
        gcos.traagAntwoord("/personen/zoeken", Duration.ofSeconds(10), 200, "{\"bekend\": false}");
        long begin = System.nanoTime();
        KoppelingFout fout = assertFout(() -> register(Duration.ofMillis(300)).zoekPersoon(BSN), "read-timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(4));
        assertThat(fout.status()).isNull();
    }

    @Test
    void stokkendAntwoordNaDeKoppenOokBegrensd() {
        gcos.stokkendAntwoord("/personen/zoeken", Duration.ofSeconds(10), 200, "{\"bekend\": false}");
        long begin = System.nanoTime();
        assertFout(() -> register(Duration.ofMillis(300)).zoekPersoon(BSN), "niet volledig ontvangen");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void verbindingGeweigerd() {
        HttpZvhRegister nergens = new HttpZvhRegister(koppelingen(
                new Koppeling(Modus.HTTP, TestPartnerSysteem.urlZonderServer(), "nazorg", "geheim", null, null, null)));
        assertFout(() -> nergens.zoekPersoon(BSN), "geen verbinding");
        assertFout(() -> nergens.registreerCasus(DETENTIE, "noord-limburg"), "geen verbinding");
    }

    @Test
    void casusRegistreren() throws Exception {
        gcos.antwoord("/casussen", 201, "{\"id\": 17}");

        register().registreerCasus(DETENTIE, "noord-limburg");

        TestPartnerSysteem.Verzoek verzoek = gcos.enigVerzoek();
        assertThat(verzoek.methode()).isEqualTo("POST");
        assertThat(verzoek.uri()).isEqualTo("/casussen");
        assertThat(verzoek.authorization()).isEqualTo(basic("nazorg", "geheim"));
        assertThat(JSON.readTree(verzoek.body()))
                .isEqualTo(JSON.readTree("{\"detentieId\": \"" + DETENTIE + "\", \"zvhRegio\": \"noord-limburg\"}"));
    }

    @Test
    void casusNogmaalsRegistrerenIsKlaar() {
        gcos.antwoord("/casussen", 409, null);
        register().registreerCasus(DETENTIE, "noord-limburg");
        assertThat(gcos.verzoeken()).hasSize(1);
    }

    @Test
    void casusRegistrerenMislukt() {
        gcos.antwoord("/casussen", 500, null);
        assertFout(() -> register().registreerCasus(DETENTIE, "noord-limburg"), "status 500");
        gcos.antwoord("/casussen", 422, null);
        assertFout(() -> register().registreerCasus(DETENTIE, "noord-limburg"), "onverwachte status 422");
    }

    @Test
    void casusSluiten() {
        gcos.antwoord("/casussen/" + DETENTIE + "/sluiten", 204, null);
        register().sluitCasus(DETENTIE);
        TestPartnerSysteem.Verzoek verzoek = gcos.enigVerzoek();
        assertThat(verzoek.methode()).isEqualTo("POST");
        assertThat(verzoek.uri()).isEqualTo("/casussen/" + DETENTIE + "/sluiten");
        assertThat(verzoek.body()).isEmpty();

        gcos.antwoord("/casussen/" + DETENTIE + "/sluiten", 409, null);
        register().sluitCasus(DETENTIE);
    }

    @Test
    void onbekendeCasusSluitenIsEenFout() {
        assertFout(() -> register().sluitCasus(DETENTIE), "onverwachte status 404");
    }

    @Test
    void detentieIdWordtInHetPadGecodeerd() {
        gcos.antwoord("/casussen/DET 1/2/sluiten", 200, null); // the test server matches on the decoded path
        register().sluitCasus("DET 1/2");
        assertThat(gcos.enigVerzoek().uri()).isEqualTo("/casussen/DET%201%2F2/sluiten");
    }

    @Test
    void bearerToken() {
        gcos.antwoord("/personen/zoeken", 200, "{\"bekend\": false}");
        new HttpZvhRegister(koppelingen(new Koppeling(Modus.HTTP, gcos.url() + "/", null, null, "t0k3n", null, null)))
                .zoekPersoon(BSN);
        assertThat(gcos.enigVerzoek().authorization()).isEqualTo("Bearer t0k3n");
        assertThat(gcos.enigVerzoek().uri()).isEqualTo("/personen/zoeken");
    }

    @Test
    void basisUrlMetPad() {
        gcos.antwoord("/gcos/api/v2/personen/zoeken", 200, "{\"bekend\": false}");
        new HttpZvhRegister(koppelingen(new Koppeling(Modus.HTTP, gcos.url() + "/gcos/api/v2", "nazorg", "geheim",
                null, null, null))).zoekPersoon(BSN);
        assertThat(gcos.enigVerzoek().uri()).isEqualTo("/gcos/api/v2/personen/zoeken");
    }

    @Test
    void onveiligeOfOnvolledigeInstellingenStoppenDeStart() {
        assertInstelling(new Koppeling(Modus.HTTP, null, "nazorg", "geheim", null, null, null), "gcos.url ontbreekt");
        assertInstelling(new Koppeling(Modus.HTTP, "http://gcos.example.nl", "nazorg", "geheim", null, null, null),
                "https://");
        assertInstelling(new Koppeling(Modus.HTTP, "https://nazorg:geheim@gcos.example.nl", null, null, null, null,
                null), "gebruiker of wachtwoord");
        assertInstelling(new Koppeling(Modus.HTTP, "https://gcos.example.nl/?bsn=1", "nazorg", "geheim", null, null,
                null), "query");
        assertInstelling(new Koppeling(Modus.HTTP, "https://gcos.example.nl", null, null, null, null, null),
                "geen authenticatie");
        assertInstelling(new Koppeling(Modus.HTTP, "https://gcos.example.nl", "nazorg", null, null, null, null),
                "horen bij elkaar");
        assertInstelling(new Koppeling(Modus.HTTP, "https://gcos.example.nl", "nazorg", "geheim", "t0k3n", null, null),
                "niet beide");
        assertInstelling(new Koppeling(Modus.HTTP, "https://gcos.example.nl", "nazorg", "geheim", null,
                Duration.ZERO, null), "connect-timeout");
        // https to any host, and http to localhost, are fine
        new HttpZvhRegister(koppelingen(new Koppeling(Modus.HTTP, "https://gcos.example.nl/api", null, null, "t", null,
                null)));
        new HttpZvhRegister(koppelingen(new Koppeling(Modus.HTTP, "http://localhost:8089", null, null, "t", null,
                null)));
    }

    @Test
    void instellingenTonenGeenGeheimen() {
        assertThat(new Koppeling(Modus.HTTP, "https://gcos.example.nl", "nazorg", "geheim", null, null, null).toString())
                .doesNotContain("geheim");
        assertThat(new Koppeling(Modus.HTTP, "https://gcos.example.nl", null, null, "t0k3n", null, null).toString())
                .doesNotContain("t0k3n");
    }

    private HttpZvhRegister register() {
        return register(Duration.ofSeconds(5));
    }

    private HttpZvhRegister register(Duration readTimeout) {
        return new HttpZvhRegister(koppelingen(
                new Koppeling(Modus.HTTP, gcos.url(), "nazorg", "geheim", null, Duration.ofSeconds(2), readTimeout)));
    }

    private static Koppelingen koppelingen(Koppeling gcos) {
        return new Koppelingen(gcos, null, null);
    }

    private static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private void assertGeenBsnInUrls() {
        assertThat(gcos.verzoeken()).isNotEmpty().allSatisfy(v -> assertThat(v.uri()).doesNotContain(BSN));
    }

    private static void assertInstelling(Koppeling koppeling, String verwacht) {
        assertThatThrownBy(() -> new HttpZvhRegister(koppelingen(koppeling)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nazorg.koppelingen.gcos")
                .hasMessageContaining(verwacht)
                .hasMessageNotContaining("geheim");
    }

    /** The call fails with a KoppelingFout naming GCOS and {@code verwacht}; no bsn anywhere in its stack trace. */
    static KoppelingFout assertFout(Executable aanroep, String verwacht) {
        Throwable fout = null;
        try {
            aanroep.execute();
        } catch (Throwable t) {
            fout = t;
        }
        assertThat(fout).as("verwachte KoppelingFout").isInstanceOf(KoppelingFout.class);
        assertThat(fout).hasMessageContaining("GCOS").hasMessageContaining(verwacht);
        assertThat(((KoppelingFout) fout).systeem()).isEqualTo("GCOS");
        StringWriter spoor = new StringWriter();
        fout.printStackTrace(new PrintWriter(spoor));
        assertThat(spoor.toString()).doesNotContain(BSN);
        return (KoppelingFout) fout;
    }
}
