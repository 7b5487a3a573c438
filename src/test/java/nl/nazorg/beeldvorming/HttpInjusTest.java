package nl.nazorg.beeldvorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.TestPartnerSysteem;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.BerichtenLogboek;
import nl.nazorg.partner.KoppelingFout;
import nl.nazorg.partner.Koppelingen;
import nl.nazorg.partner.Koppelingen.Koppeling;
import nl.nazorg.partner.Koppelingen.Modus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The Injus adapter against a real HTTP server in the test and a real logboek (the application's Flyway schema on
 * H2): what arrives at Injus, and that the informatieblad is recorded with the case only once Injus accepted it.
 */
class HttpInjusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INHOUD = """
            Informatieblad detentie DET-2026-0001
            Gedetineerde: P. Jansen
            Hulpvragen per leefgebied:
            - huisvesting: geen woning na uitstroom""";

    private final TestPartnerSysteem injus = new TestPartnerSysteem();
    private BerichtenLogboek logboek;
    private String detentieId;
    private Injus.Informatieblad blad;

    @BeforeEach
    void zetOp() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:injus-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        logboek = new BerichtenLogboek(new JdbcTemplate(database));
        detentieId = "DET-" + UUID.randomUUID();
        blad = new Injus.Informatieblad("pi-42/Task_DeelInformatieblad/injus", detentieId, "noord-limburg",
                INHOUD.replace("DET-2026-0001", detentieId));
    }

    @AfterEach
    void stop() {
        injus.close();
    }

    @Test
    void gedeeldEnVastgelegd() throws Exception {
        injus.antwoord("/berichten", 202, "{\"berichtId\": \"b-1\"}");

        adapter().deelInformatieblad(blad);

        TestPartnerSysteem.Verzoek verzoek = injus.enigVerzoek();
        assertThat(verzoek.methode()).isEqualTo("POST");
        assertThat(verzoek.uri()).isEqualTo("/berichten");
        assertThat(verzoek.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("nazorg:injus-geheim".getBytes(StandardCharsets.UTF_8)));
        assertThat(verzoek.idempotencyKey()).isEqualTo("pi-42/Task_DeelInformatieblad/injus");
        assertThat(verzoek.contentType()).startsWith("application/json");
        var body = JSON.readTree(verzoek.body());
        assertThat(body.get("detentieId").asText()).isEqualTo(detentieId);
        assertThat(body.get("zvhRegio").asText()).isEqualTo("noord-limburg");
        assertThat(body.get("soort").asText()).isEqualTo("informatieblad");
        assertThat(body.get("inhoud").asText()).isEqualTo(blad.inhoud());
        assertThat(body.size()).isEqualTo(4);

        assertThat(logboek.voorCasus(detentieId)).singleElement().satisfies(vastgelegd -> {
            assertThat(vastgelegd.kanaal()).isEqualTo(Bericht.Kanaal.INJUS);
            assertThat(vastgelegd.ontvanger()).isEqualTo("zvh-noord-limburg");
            assertThat(vastgelegd.onderwerp()).isEqualTo("Informatieblad detentie " + detentieId);
            assertThat(vastgelegd.inhoud()).isEqualTo(blad.inhoud());
        });
    }

    @Test
    void nogmaalsNaEenHerhaaldeJobEenmaalVastgelegd() {
        injus.antwoord("/berichten", 200, null);
        adapter().deelInformatieblad(blad);
        adapter().deelInformatieblad(blad);
        assertThat(injus.verzoeken()).extracting(TestPartnerSysteem.Verzoek::idempotencyKey)
                .containsExactly(blad.sleutel(), blad.sleutel());
        assertThat(logboek.voorCasus(detentieId)).hasSize(1);
    }

    @Test
    void serverfoutLegtNietsVastEnDeHerhalingWel() {
        injus.antwoord("/berichten", 503, null);
        assertFout(() -> adapter().deelInformatieblad(blad), "status 503");
        assertThat(logboek.voorCasus(detentieId)).isEmpty();

        injus.antwoord("/berichten", 201, null);
        adapter().deelInformatieblad(blad);
        assertThat(logboek.voorCasus(detentieId)).hasSize(1);
    }

    @Test
    void nogInBehandelingOfAndereInhoudIsEenFout() {
        injus.antwoord("/berichten", 409, null);
        assertFout(() -> adapter().deelInformatieblad(blad), "onverwachte status 409");
        injus.antwoord("/berichten", 422, null);
        assertFout(() -> adapter().deelInformatieblad(blad), "onverwachte status 422");
        assertThat(logboek.voorCasus(detentieId)).isEmpty();
    }

    @Test
    void readTimeoutBinnenBegrensdeTijd() {
        injus.traagAntwoord("/berichten", Duration.ofSeconds(10), 202, null);
        long begin = System.nanoTime();
        assertFout(() -> adapter(Duration.ofMillis(300)).deelInformatieblad(blad), "read-timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(4));
        assertThat(logboek.voorCasus(detentieId)).isEmpty();
    }

    @Test
    void verbindingGeweigerd() {
        HttpInjus nergens = new HttpInjus(new Koppelingen(null, null, new Koppeling(Modus.HTTP,
                TestPartnerSysteem.urlZonderServer(), "nazorg", "injus-geheim", null, null, null)), logboek);
        assertFout(() -> nergens.deelInformatieblad(blad), "geen verbinding");
        assertThat(logboek.voorCasus(detentieId)).isEmpty();
    }

    private HttpInjus adapter() {
        return adapter(Duration.ofSeconds(5));
    }

    private HttpInjus adapter(Duration readTimeout) {
        return new HttpInjus(new Koppelingen(null, null, new Koppeling(Modus.HTTP, injus.url(), "nazorg",
                "injus-geheim", null, Duration.ofSeconds(2), readTimeout)), logboek);
    }

    /** Fails with a KoppelingFout naming Injus and {@code verwacht}; neither the content nor the password in it. */
    private static void assertFout(Executable aanroep, String verwacht) {
        Throwable fout = null;
        try {
            aanroep.execute();
        } catch (Throwable t) {
            fout = t;
        }
        assertThat(fout).as("verwachte KoppelingFout").isInstanceOf(KoppelingFout.class);
        assertThat(fout).hasMessageContaining("Injus").hasMessageContaining(verwacht);
        StringWriter spoor = new StringWriter();
        fout.printStackTrace(new PrintWriter(spoor));
        assertThat(spoor.toString()).doesNotContain("Jansen").doesNotContain("injus-geheim");
    }
}
