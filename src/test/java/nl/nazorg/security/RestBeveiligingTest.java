package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Attacks on the REST API over real HTTP: no login, another PI's or region's cases, a manager who tries to
 * change something, and the two flaws of Camunda 7.24 CE that the product closes itself.
 */
class RestBeveiligingTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired IdentityService identiteit;

    @Test
    void zonderInloggenGeeftDeRestApi401() {
        assertThat(get(null, "/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(get(null, "/engine-rest/process-instance").statusCode()).isEqualTo(401);
        assertThat(get("cm-terpeel", "/engine-rest/task").statusCode()).isEqualTo(200);
    }

    @Test
    void casemanagerZietAlleenTakenEnCasussenVanDeEigenPi() {
        String terPeel = TestCasussen.nieuwDetentieId();
        String sittard = TestCasussen.nieuwDetentieId();
        ProcessInstance casusTerPeel = casussen.totContactLeggen(terPeel, "ter-peel", "GM0983");
        ProcessInstance casusSittard = casussen.totContactLeggen(sittard, "sittard", "GM1883");

        String takenTerPeel = get("cm-terpeel", "/engine-rest/task?taskDefinitionKey=Task_ContactLeggen").body();
        assertThat(takenTerPeel).contains(casusTerPeel.getId()).doesNotContain(casusSittard.getId());
        String takenSittard = get("cm-sittard", "/engine-rest/task?taskDefinitionKey=Task_ContactLeggen").body();
        assertThat(takenSittard).contains(casusSittard.getId()).doesNotContain(casusTerPeel.getId());

        assertThat(get("cm-terpeel", "/engine-rest/process-instance?businessKey=" + terPeel).body()).contains(casusTerPeel.getId());
        assertThat(get("cm-terpeel", "/engine-rest/process-instance?businessKey=" + sittard).body()).isEqualTo("[]");
        assertThat(get("cm-terpeel", "/engine-rest/process-instance/" + casusSittard.getId() + "/variables").statusCode())
                .isIn(403, 404);

        String taakSittard = casussen.taak(casusSittard, "Task_ContactLeggen");
        assertThat(post("cm-terpeel", "/engine-rest/task/" + taakSittard + "/complete", "{}").statusCode()).isIn(403, 404);
        assertThat(post("cm-terpeel", "/engine-rest/task/" + taakSittard + "/claim", "{\"userId\":\"cm-terpeel\"}").statusCode())
                .isIn(403, 404);
        assertThat(post("cm-sittard", "/engine-rest/task/" + taakSittard + "/complete", "{}").statusCode()).isEqualTo(204);
    }

    @Test
    void zvhAdministratieZietAlleenDeEigenRegio() {
        ProcessInstance venlo = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        ProcessInstance roermond = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "roermond", "GM0957");

        String noord = get("zvh-noord", "/engine-rest/task?taskDefinitionKey=Task_BeoordeelBekendheid").body();
        assertThat(noord).contains(venlo.getId()).doesNotContain(roermond.getId());
        String midden = get("zvh-midden", "/engine-rest/task?taskDefinitionKey=Task_BeoordeelBekendheid").body();
        assertThat(midden).contains(roermond.getId()).doesNotContain(venlo.getId());
        assertThat(get("coord-midden", "/engine-rest/process-instance?businessKey=" + roermond.getBusinessKey()).body())
                .contains(roermond.getId());
        assertThat(get("coord-midden", "/engine-rest/process-instance?businessKey=" + venlo.getBusinessKey()).body())
                .isEqualTo("[]");
    }

    @Test
    void ketenmanagerLeestAllesMaarVerandertNiets() {
        ProcessInstance casus = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");

        assertThat(get("manager", "/engine-rest/process-instance?businessKey=" + casus.getBusinessKey()).body())
                .contains(casus.getId());
        assertThat(put("manager", "/engine-rest/process-instance/" + casus.getId() + "/suspended", "{\"suspended\":true}")
                .statusCode()).isEqualTo(403);
        assertThat(post("manager", "/engine-rest/process-instance/" + casus.getId() + "/variables",
                "{\"modifications\":{\"piCode\":{\"value\":\"roermond\"}}}").statusCode()).isEqualTo(403);
        String taak = casussen.taak(casus, "Task_BeoordeelBekendheid");
        assertThat(post("manager", "/engine-rest/task/" + taak + "/complete", "{}").statusCode()).isIn(403, 404);
    }

    @Test
    void adminSetupKanGeenBeheerderMakenOokAlsCamundaAdminGeenLidHeeft() {
        String aanval = """
                {"profile": {"id": "indringer", "firstName": "In", "lastName": "Dringer", "email": "x@example.org"},
                 "credentials": {"password": "overgenomen"}}""";
        identiteit.deleteMembership("beheerder", "camunda-admin");
        try {
            HttpResponse<String> antwoord = post(null, "/camunda/api/admin/setup/default/user/create", aanval);
            assertThat(antwoord.statusCode()).isEqualTo(401);
            assertThat(post("cm-terpeel", "/camunda/api/admin/setup/default/user/create", aanval).statusCode()).isEqualTo(401);
            assertThat(WebappSessie.logIn(poort, "beheerder", "admin").post("/camunda/api/admin/setup/default/user/create", aanval)
                    .statusCode()).isEqualTo(403);
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        } finally {
            identiteit.createMembership("beheerder", "camunda-admin");
        }
        assertThat(identiteit.createUserQuery().userId("indringer").count()).isZero();
    }

    @Test
    void expressieInOrQueriesWordtGeweigerd() {
        String aanval = """
                {"orQueries": [{"assigneeExpression": "${''.getClass().forName('java.lang.Runtime')}"}]}""";
        HttpResponse<String> antwoord = post("cm-terpeel", "/engine-rest/task", aanval);
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoord.body()).contains(GeenExpressiesInZoekvragen.WEIGERING + ": de zoekvraag bevat een expressie (taskAssignee)");

        String verstopt = "{\"orQueries\": [{\"assigneeExpression\": \"\\u0024{currentUser()}\"}]}";
        assertThat(post("cm-terpeel", "/engine-rest/task", verstopt).statusCode()).isEqualTo(400);
        assertThat(get("cm-terpeel", "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D").statusCode()).isEqualTo(400);
        assertThat(post("cm-terpeel", "/engine-rest/task/count", "{\"orQueries\": [{\"candidateGroupsExpression\": \"#{x}\"}]}")
                .statusCode()).isEqualTo(400);

        assertThat(post("cm-terpeel", "/engine-rest/task", "{\"orQueries\": [{\"assignee\": \"cm-terpeel\"}]}").statusCode())
                .isEqualTo(200);
    }

    /** Sent over a raw socket: Java's HTTP client refuses to send such an address at all. */
    @Test
    void eenKapotteCoderingInDeZoekvraagIs400GeenServerfout() throws IOException {
        for (String pad : List.of("/engine-rest/task?assignee=%zz", "/engine-rest/task?assignee=%C0%AE", "/api/v1/detenties/x?y=%e",
                "/camunda/api/engine/engine/default/task?assignee=%zz")) {
            String antwoord = ruwGet(pad, "cm-terpeel");
            assertThat(antwoord).as(pad).startsWith("HTTP/1.1 400").contains("Ongeldig adres").doesNotContain("Exception");
        }
    }

    private String ruwGet(String pad, String gebruiker) throws IOException {
        try (Socket verbinding = new Socket("localhost", poort)) {
            String login = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
            verbinding.getOutputStream().write(("GET " + pad + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + login
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(verbinding.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String gebruiker, String pad) {
        return new ApiKlant(poort, gebruiker).get(pad);
    }

    private HttpResponse<String> post(String gebruiker, String pad, String json) {
        return new ApiKlant(poort, gebruiker).post(pad, json);
    }

    private HttpResponse<String> put(String gebruiker, String pad, String json) {
        return new ApiKlant(poort, gebruiker).put(pad, json);
    }
}
