package nl.nazorg.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** /api/v1/detenties over real HTTP: intake, bad input of every kind, duplicates at the same moment, events. */
class DetentiesApiTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    private ApiKlant koppeling;
    private String detentieId;

    @BeforeEach
    void klant() {
        koppeling = new ApiKlant(poort, "koppeling");
        detentieId = TestCasussen.nieuwDetentieId();
    }

    @Test
    void eerstedagsmeldingStartDeCasusEnTweedeKeerGeeftDeBestaande() throws Exception {
        HttpResponse<String> eerste = koppeling.post("/api/v1/detenties", melding(detentieId));
        assertThat(eerste.statusCode()).isEqualTo(201);
        assertThat(eerste.headers().firstValue("Location")).hasValue("/api/v1/detenties/" + detentieId);
        assertThat(eerste.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode casus = JSON.readTree(eerste.body());
        assertThat(casus.path("zvhRegio").asText()).isEqualTo("noord-limburg");
        assertThat(casus.path("stap").path("nummer").asInt()).isEqualTo(1);
        assertThat(eerste.body()).doesNotContain("111222333");

        HttpResponse<String> tweede = koppeling.post("/api/v1/detenties", melding(detentieId));
        assertThat(tweede.statusCode()).isEqualTo(200);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isEqualTo(1);
    }

    @Test
    void tienGelijktijdigeMeldingenMakenEenCasus() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> verzoeken = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                verzoeken.add(() -> koppeling.post("/api/v1/detenties", melding(detentieId)).statusCode());
            }
            List<Integer> statussen = new ArrayList<>();
            for (Future<Integer> antwoord : pool.invokeAll(verzoeken)) {
                statussen.add(antwoord.get());
            }
            assertThat(statussen).containsOnly(200, 201);
            assertThat(statussen).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bsn faalt de elfproef          | "bsn": "111222333"             | "bsn": "123456789"              | bsn
            bsn te kort                    | "bsn": "111222333"             | "bsn": "12345"                  | bsn
            onbekende PI                   | "piCode": "ter-peel"           | "piCode": "alcatraz"            | piCode
            gemeentecode geen CBS-code     | "gemeenteCode": "GM0983"       | "gemeenteCode": "Venlo"         | gemeenteCode
            gemeente niet in de CBS-lijst  | "gemeenteCode": "GM0983"       | "gemeenteCode": "GM9999"        | gemeenteCode
            onmogelijke datum              | "insluitingsdatum": "2026-11-02" | "insluitingsdatum": "2026-02-30" | insluitingsdatum
            datum in verkeerd formaat      | "insluitingsdatum": "2026-11-02" | "insluitingsdatum": "02-11-2026" | insluitingsdatum
            insluiting in de toekomst      | "insluitingsdatum": "2026-11-02" | "insluitingsdatum": "2099-01-01" | insluitingsdatum
            uitstroom voor insluiting      | "verwachteUitstroomdatum": "2027-01-15" | "verwachteUitstroomdatum": "2026-10-01" | verwachteUitstroomdatum
            geslacht buiten de lijst       | "geslacht": "M"                | "geslacht": "Q"                 | geslacht
            ontbrekend veld                | "achternaam": "Jansen",        | ''                              | achternaam
            onbekend veld                  | "geslacht": "M"                | "geslacht": "M", "schoenmaat": 44 | schoenmaat
            boolean als tekst              | "voorlopigeHechtenis": false   | "voorlopigeHechtenis": "soms"   | voorlopigeHechtenis
            veld twee keer                 | "achternaam": "Jansen"         | "achternaam": "Jansen", "achternaam": "Pietersen" | achternaam
            zitting zonder voorlopige hechtenis | "verwachteUitstroomdatum": "2027-01-15" | "verwachteUitstroomdatum": "2027-01-15", "zittingsdatum": "2027-01-08" | zittingsdatum
            zitting voor insluiting        | "voorlopigeHechtenis": false, "verwachteUitstroomdatum": "2027-01-15" | "voorlopigeHechtenis": true, "zittingsdatum": "2026-10-01" | zittingsdatum
            """)
    void fouteInvoerGeeft400DatHetVeldNoemtEnVerandertNiets(String geval, String goed, String fout, String veld) throws Exception {
        String body = melding(detentieId).replace(goed, fout);
        HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties", body);

        assertThat(antwoord.statusCode()).as(geval).isEqualTo(400);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode probleem = JSON.readTree(antwoord.body());
        assertThat(probleem.path("invalidParams").findValuesAsText("name")).as(geval).contains(veld);
        assertThat(antwoord.body()).doesNotContain("Exception").doesNotContain("123456789").doesNotContain("at nl.");
        assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId)).isZero();
    }

    @Test
    void voorlopigeHechtenisMetZittingsdatumBereidtDeOverdrachtVoorOpDieZitting() throws Exception {
        String body = melding(detentieId).replace("\"voorlopigeHechtenis\": false, \"verwachteUitstroomdatum\": \"2027-01-15\"",
                "\"voorlopigeHechtenis\": true, \"zittingsdatum\": \"2027-01-20\"");
        assertThat(koppeling.post("/api/v1/detenties", body).statusCode()).isEqualTo(201);

        String casus = runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).singleResult().getId();
        assertThat(runtime.getVariable(casus, "zittingsdatum")).isEqualTo("2027-01-20");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(management.createJobQuery()
                .processInstanceId(casus).activityId("Event_OverdrachtMoment").singleResult())
                .as("the handover waits for 14 days before the court date").isNotNull()
                .extracting(Job::getDuedate).isEqualTo(Date.from(OffsetDateTime.parse("2027-01-06T00:00:00+01:00").toInstant())));
        assertThat(taken.createTaskQuery().processInstanceId(casus).taskDefinitionKey("Task_UitstroomVolgen").count())
                .as("no need to ask the casemanager for the court date").isZero();
    }

    @Test
    void geenJsonTeGrootOfLeegGeeft400() {
        assertThat(koppeling.post("/api/v1/detenties", "dit is geen json").statusCode()).isEqualTo(400);
        assertThat(koppeling.post("/api/v1/detenties", "{\"detentieId\": ").statusCode()).isEqualTo(400);
        assertThat(koppeling.post("/api/v1/detenties", "").statusCode()).isEqualTo(400);
        assertThat(koppeling.post("/api/v1/detenties", melding(detentieId), "text/plain").statusCode()).isEqualTo(400);
        String groot = melding(detentieId).replace("\"Jansen\"", "\"" + "x".repeat(70_000) + "\"");
        HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties", groot);
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoord.body()).contains("invalidParams").contains("body");
    }

    /** Two meldingen glued together, or a melding with text after it, is one unreadable body, not the first melding. */
    @Test
    void ietsNaDeMeldingGeeft400EnMaaktGeenCasus() throws Exception {
        for (String body : List.of(melding(detentieId) + melding(TestCasussen.nieuwDetentieId()), melding(detentieId) + " en verder")) {
            HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties", body);

            assertThat(antwoord.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(antwoord.body()).path("invalidParams").findValuesAsText("name")).containsExactly("body");
            assertThat(antwoord.body()).contains("geen geldige JSON").doesNotContain("Exception");
        }
        assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId)).isZero();
    }

    @Test
    void zonderLoginOfMetVerkeerdWachtwoord401EnPersonenMogenNietMelden() {
        assertThat(new ApiKlant(poort, null).post("/api/v1/detenties", melding(detentieId)).statusCode()).isEqualTo(401);
        assertThat(new ApiKlant(poort, "onbekende-gebruiker").post("/api/v1/detenties", melding(detentieId)).statusCode()).isEqualTo(401);
        assertThat(koppeling.als("cm-terpeel").post("/api/v1/detenties", melding(detentieId)).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId)).isZero();
    }

    @Test
    void casusLezenAlleenVoorWieHemMagZien() throws Exception {
        koppeling.post("/api/v1/detenties", melding(detentieId));
        String pad = "/api/v1/detenties/" + detentieId;

        HttpResponse<String> eigenPi = koppeling.als("cm-terpeel").get(pad);
        assertThat(eigenPi.statusCode()).isEqualTo(200);
        JsonNode casus = JSON.readTree(eigenPi.body());
        assertThat(casus.path("termijnen").findValuesAsText("termijn")).containsExactly("bekendheid", "contact", "afstemmen", "intake",
                "informatieblad", "plan");
        assertThat(casus.path("status").asText()).isEqualTo("lopend");

        assertThat(koppeling.als("cm-sittard").get(pad).statusCode()).isEqualTo(404);
        assertThat(koppeling.als("zvh-midden").get(pad).statusCode()).isEqualTo(404);
        assertThat(koppeling.als("manager").get(pad).statusCode()).isEqualTo(200);
        assertThat(koppeling.get("/api/v1/detenties/DET-bestaat-niet").statusCode()).isEqualTo(404);
    }

    @Test
    void uitstroomIsIdempotentEnNaAfsluitenEenConflict() throws Exception {
        koppeling.post("/api/v1/detenties", melding(detentieId));
        String pad = "/api/v1/detenties/" + detentieId + "/uitstroom";

        assertThat(koppeling.post(pad, "{\"uitstroomdatum\": \"2026-10-01\", \"uitstroomgemeenteCode\": \"GM0983\"}").statusCode())
                .isEqualTo(400);
        assertThat(koppeling.post(pad, "{\"uitstroomdatum\": \"2026-11-10\", \"uitstroomgemeenteCode\": \"GM0983\"}").statusCode())
                .isEqualTo(202);
        assertThat(koppeling.post(pad, "{\"uitstroomdatum\": \"2026-11-11\", \"uitstroomgemeenteCode\": \"GM0957\"}").statusCode())
                .isEqualTo(202);
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).singleResult().getId();
        assertThat(runtime.getVariable(pid, "uitstroomdatum")).isEqualTo("2026-11-10");
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_WarmeOverdracht").count()).isEqualTo(1);

        taken.complete(taken.createTaskQuery().processInstanceId(pid).singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(pid).activityId("Task_VerstuurOverdracht")
                .singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(pid).activityId("Task_CasusAfsluiten")
                .singleResult().getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();

        assertThat(koppeling.post(pad, "{\"uitstroomdatum\": \"2026-11-12\", \"uitstroomgemeenteCode\": \"GM0983\"}").statusCode())
                .isEqualTo(409);
        JsonNode afgesloten = JSON.readTree(koppeling.get("/api/v1/detenties/" + detentieId).body());
        assertThat(afgesloten.path("status").asText()).isEqualTo("afgesloten");
        assertThat(afgesloten.path("termijnen").findValuesAsText("deadline")).as("read from history after the end")
                .hasSize(6).allMatch(deadline -> deadline.startsWith("20"));
        assertThat(koppeling.post("/api/v1/detenties/DET-bestaat-niet/uitstroom",
                "{\"uitstroomdatum\": \"2026-11-12\", \"uitstroomgemeenteCode\": \"GM0983\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void overplaatsingNaarBekendePi() throws Exception {
        koppeling.post("/api/v1/detenties", melding(detentieId));
        String pad = "/api/v1/detenties/" + detentieId + "/overplaatsing";

        assertThat(koppeling.post(pad, "{\"piCode\": \"alcatraz\"}").statusCode()).isEqualTo(400);
        assertThat(koppeling.post(pad, "{\"piCode\": \"sittard\"}").statusCode()).isEqualTo(202);
        assertThat(koppeling.post(pad, "{\"piCode\": \"sittard\"}").statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(koppeling.get("/api/v1/detenties/" + detentieId).body()).path("piCode").asText())
                .isEqualTo("sittard");
        assertThat(koppeling.als("cm-sittard").get("/api/v1/detenties/" + detentieId).statusCode()).isEqualTo(200);
        assertThat(koppeling.als("cm-terpeel").get("/api/v1/detenties/" + detentieId).statusCode()).isEqualTo(404);
    }

    @Test
    void openApiIsZonderLoginLeesbaar() throws Exception {
        HttpResponse<String> openapi = new ApiKlant(poort, null).get("/api/v1/openapi.json");
        assertThat(openapi.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(openapi.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("paths").has("/api/v1/detenties")).isTrue();
        assertThat(document.path("paths").has("/api/v1/detenties/{detentieId}/uitstroom")).isTrue();
        assertThat(new ApiKlant(poort, null).get("/api/v1/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    static String melding(String detentieId) {
        return """
                {"detentieId": "%s", "bsn": "111222333", "achternaam": "Jansen", "voorletters": "P.",
                 "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel",
                 "insluitingsdatum": "2026-11-02", "voorlopigeHechtenis": false, "verwachteUitstroomdatum": "2027-01-15"}"""
                .formatted(detentieId);
    }

}
