package nl.nazorg.zelfmelder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/v1/zelfmelders over real HTTP: melding, bad input, idempotency, reaction and uitstel decision. */
class ZelfmeldersApiTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;

    private ApiKlant koppeling;
    private String zelfmelderId;

    @BeforeEach
    void klant() {
        koppeling = new ApiKlant(poort, "koppeling");
        zelfmelderId = "ZM-" + UUID.randomUUID();
    }

    @Test
    void meldingStartDeVoorzorgEenmaal() {
        assertThat(koppeling.post("/api/v1/zelfmelders", melding("2099-01-15")).statusCode()).isEqualTo(201);
        assertThat(koppeling.post("/api/v1/zelfmelders", melding("2099-01-15")).statusCode()).isEqualTo(200);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(zelfmelderId).count()).isEqualTo(1);
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(zelfmelderId).taskCandidateGroup("gemeente-GM0983").count())
                .isEqualTo(1);
    }

    @Test
    void fouteInvoerNoemtElkVeld() throws Exception {
        String fout = melding("2020-01-01").replace(BSN, "123456789")
                .replace("\"GM0983\"", "\"Venlo\"");
        HttpResponse<String> antwoord = koppeling.post("/api/v1/zelfmelders", fout);
        assertThat(antwoord.statusCode()).isEqualTo(400);
        JsonNode probleem = JSON.readTree(antwoord.body());
        assertThat(probleem.path("invalidParams").findValuesAsText("name")).contains("bsn", "gemeenteCode", "oproepdatum");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(zelfmelderId).count()).isZero();
    }

    @Test
    void reactieEnUitstelbesluit() {
        koppeling.post("/api/v1/zelfmelders", melding("2099-01-15"));
        String pad = "/api/v1/zelfmelders/" + zelfmelderId;
        assertThat(koppeling.post(pad + "/reactie", "{}").statusCode()).isEqualTo(202);
        assertThat(koppeling.post(pad + "/uitstelbesluit", "{\"toegekend\": true}").statusCode()).isEqualTo(400);
        assertThat(koppeling.post(pad + "/uitstelbesluit", "{\"toegekend\": true, \"nieuweOproepdatum\": \"2098-01-01\"}").statusCode())
                .isEqualTo(400);
        assertThat(koppeling.post("/api/v1/zelfmelders/ZM-bestaat-niet/reactie", "{}").statusCode()).isEqualTo(404);
        assertThat(koppeling.als("cm-terpeel").post(pad + "/reactie", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void afgeslotenZelfmelderGeeftConflict() {
        koppeling.post("/api/v1/zelfmelders", melding("2099-01-15"));
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(zelfmelderId).singleResult().getId();
        runtime.deleteProcessInstance(pid, "test");
        assertThat(koppeling.post("/api/v1/zelfmelders/" + zelfmelderId + "/reactie", "{}").statusCode()).isEqualTo(409);
    }

    @Test
    void eerstedagsmeldingEnZelfmelderTegelijkKoppelenPreciesEenmaal() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int ronde = 0; ronde < 5; ronde++) {
                String zelfmelder = "ZM-" + UUID.randomUUID();
                String detentieId = "DET-" + UUID.randomUUID();
                String bsn = List.of("100000034", "100000046", "100000058", "100000071", "100000083").get(ronde);
                String zelfmelderMelding = ("{\"zelfmelderId\": \"%s\", \"bsn\": \"%s\", \"achternaam\": \"Tegelijk\", "
                        + "\"voorletters\": \"T.\", \"geboortedatum\": \"1985-02-11\", \"geslacht\": \"V\", "
                        + "\"gemeenteCode\": \"GM0983\", \"oproepdatum\": \"2099-01-15\"}").formatted(zelfmelder, bsn);
                String eerstedagsmelding = ("{\"detentieId\": \"%s\", \"bsn\": \"%s\", \"achternaam\": \"Tegelijk\", "
                        + "\"voorletters\": \"T.\", \"geboortedatum\": \"1985-02-11\", \"geslacht\": \"V\", "
                        + "\"gemeenteCode\": \"GM0983\", \"piCode\": \"ter-peel\", \"insluitingsdatum\": \"2026-11-02\", "
                        + "\"voorlopigeHechtenis\": true}").formatted(detentieId, bsn);
                Future<Integer> zm = pool.submit(() -> koppeling.post("/api/v1/zelfmelders", zelfmelderMelding).statusCode());
                Future<Integer> dt = pool.submit(() -> koppeling.post("/api/v1/detenties", eerstedagsmelding).statusCode());
                assertThat(dt.get()).isEqualTo(201);
                int zelfmelderStatus = zm.get();
                assertThat(zelfmelderStatus).isIn(201, 409);

                String nazorg = runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).singleResult().getId();
                boolean gekoppeld = Boolean.TRUE.equals(runtime.getVariable(nazorg, "zelfmelder"));
                assertThat(gekoppeld).as("ronde %d: gekoppeld precies als de zelfmelder eerst kwam", ronde)
                        .isEqualTo(zelfmelderStatus == 201);
                assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("zelfmelder")
                        .variableValueEquals("bsn", bsn).count()).as("open voorzorg naast detentie").isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String melding(String oproepdatum) {
        return """
                {"zelfmelderId": "%s", "bsn": "%s", "achternaam": "de Vries", "voorletters": "K.",
                 "geboortedatum": "1985-02-11", "geslacht": "V", "gemeenteCode": "GM0983", "oproepdatum": "%s"}"""
                .formatted(zelfmelderId, BSN, oproepdatum);
    }

    /** Not the bsn other tests use for nazorg cases, so their meldingen do not end this zelfmelder case. */
    private static final String BSN = "100000010";
}
