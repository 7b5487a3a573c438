package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The read-only ketenmanager over real HTTP: Cockpit's variable view and every variable route show the case's
 * deadlines and whereabouts but not its bsn, name or notes; a search by a personal variable is refused; and comments
 * and attachments are refused with nothing stored. The casemanager of the case still reads, and comments and attaches
 * over the same REST routes.
 */
class KetenmanagerzichtTest extends PostgresSpringTest {

    private static final String BSN = "111222333";
    private static final String NAAM = "Jansen";
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String PLUGIN = "/camunda/api/cockpit/plugin/base/default";
    private static final String GRENS = "nazorg-grens";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired IdentityService identiteit;

    private ProcessInstance casus;
    private ProcessInstance andereCasus;

    @AfterEach
    void opruimen() {
        identiteit.clearAuthentication();
        for (ProcessInstance pi : new ProcessInstance[] {casus, andereCasus}) {
            if (pi != null) {
                runtime.deleteProcessInstanceIfExists(pi.getId(), "einde test", true, true, true, true);
            }
        }
    }

    @Test
    void ketenmanagerZietGeenPersoonsgegevens() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");
        String pi = casus.getId();
        ApiKlant manager = new ApiKlant(poort, "manager");
        WebappSessie cockpit = WebappSessie.logIn(poort, "manager", "cockpit");
        assertThat(cockpit.isAangemeld()).isTrue();

        HttpResponse<String> variabeleweergave = cockpit.post(ENGINE + "/variable-instance?deserializeValues=false&firstResult=0&maxResults=50",
                "{\"processInstanceIdIn\":[\"" + pi + "\"],\"sorting\":[{\"sortBy\":\"variableName\",\"sortOrder\":\"asc\"}]}");
        zonderPersoonsgegevens(variabeleweergave).contains("\"piCode\"").contains("\"intakeDeadline\"");
        zonderPersoonsgegevens(cockpit.get(ENGINE + "/variable-instance?processInstanceIdIn=" + pi)).contains("\"piCode\"");
        assertThat(cockpit.post(ENGINE + "/variable-instance/count", "{\"processInstanceIdIn\":[\"" + pi + "\"]}").body())
                .isEqualTo("{\"count\":" + runtime.createVariableInstanceQuery().processInstanceIdIn(pi)
                        .variableNameIn(NietPersoonlijkeVariabelen.NAMEN.toArray(String[]::new)).count() + "}");

        zonderPersoonsgegevens(manager.get("/engine-rest/process-instance/" + pi + "/variables")).contains("\"piCode\"");
        zonderPersoonsgegevens(manager.get("/engine-rest/execution/" + pi + "/localVariables")).contains("\"piCode\"");
        assertThat(manager.get("/engine-rest/process-instance/" + pi + "/variables/bsn").statusCode()).isEqualTo(404);
        assertThat(manager.get("/engine-rest/variable-instance?variableName=bsn").body()).isEqualTo("[]");
        assertThat(manager.get("/engine-rest/variable-instance?variableValues=bsn_eq_" + BSN).body()).isEqualTo("[]");
        zonderPersoonsgegevens(manager.get("/engine-rest/history/variable-instance?processInstanceId=" + pi));

        assertThat(manager.get("/engine-rest/process-instance?variables=bsn_eq_" + BSN).statusCode()).isEqualTo(403);
        assertThat(manager.get("/engine-rest/process-instance/count?variables=achternaam_eq_" + NAAM).statusCode()).isEqualTo(403);
        assertThat(manager.get("/engine-rest/execution?processVariables=bsn_eq_" + BSN).statusCode()).isEqualTo(403);
        assertThat(cockpit.get(ENGINE + "/process-instance?variables=bsn_eq_" + BSN).statusCode()).isEqualTo(403);
        assertThat(cockpit.post(PLUGIN + "/process-instance", "{\"variables\":[{\"name\":\"bsn\",\"operator\":\"eq\",\"value\":\""
                + BSN + "\"}]}").statusCode()).isEqualTo(403);
        assertThat(cockpit.get(PLUGIN + "/process-instance/count?variables=bsn_eq_" + BSN).statusCode()).isEqualTo(403);
        HttpResponse<String> opPi = cockpit.post(PLUGIN + "/process-instance",
                "{\"variables\":[{\"name\":\"piCode\",\"operator\":\"eq\",\"value\":\"sittard\"}]}");
        assertThat(opPi.statusCode()).as("a search by a non-personal variable still works").isEqualTo(200);
        assertThat(opPi.body()).contains(pi);

        ApiKlant casemanager = new ApiKlant(poort, "cm-sittard");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        assertThat(casemanager.get("/engine-rest/process-instance/" + pi + "/variables").body()).contains(BSN);
        assertThat(casemanager.get("/engine-rest/task/" + taak + "/form-variables").body()).contains(BSN);
        assertThat(casemanager.get("/engine-rest/variable-instance?processInstanceIdIn=" + pi + "&variableName=achternaam").body())
                .contains(NAAM);
    }

    @Test
    void ketenmanagerVoegtGeenOpmerkingenOfBijlagenToe() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");
        andereCasus = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String pi = casus.getId();
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant manager = new ApiKlant(poort, "manager");

        for (String opmerking : List.of("{\"message\":\"ketenmanager was hier\"}",
                "{\"message\":\"ketenmanager was hier\",\"processInstanceId\":\"" + pi + "\"}")) {
            HttpResponse<String> geweigerd = manager.post("/engine-rest/task/" + taak + "/comment/create", opmerking);
            assertThat(geweigerd.statusCode()).as("a refusal, not Camunda's 'Not enough parameters'").isEqualTo(403);
            assertThat(geweigerd.body()).contains("Een opmerking of bijlage bij een taak kan alleen wie die taak mag uitvoeren.");
        }
        assertThat(manager.post("/engine-rest/task/" + taak + "/attachment/create", bijlage(), "multipart/form-data; boundary=" + GRENS)
                .statusCode()).isIn(400, 403);
        identiteit.setAuthentication("manager", List.of("ketenmanager"));
        assertThatThrownBy(() -> taken.createComment(null, pi, "ketenmanager was hier")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taken.createAttachment("url", null, pi, "notitie", "van de ketenmanager", "https://example.org/n"))
                .isInstanceOf(AuthorizationException.class);
        identiteit.clearAuthentication();

        ApiKlant casemanager = new ApiKlant(poort, "cm-sittard");
        assertThat(casemanager.post("/engine-rest/task/" + taak + "/comment/create",
                "{\"message\":\"op de eigen casus\",\"processInstanceId\":\"" + andereCasus.getId() + "\"}").statusCode())
                .as("an own task does not open another case").isIn(400, 403);
        assertThat(taken.getTaskComments(taak)).isEmpty();
        assertThat(taken.getProcessInstanceComments(pi)).isEmpty();
        assertThat(taken.getProcessInstanceComments(andereCasus.getId())).isEmpty();
        assertThat(taken.getTaskAttachments(taak)).isEmpty();
        assertThat(taken.getProcessInstanceAttachments(pi)).isEmpty();

        assertThat(casemanager.post("/engine-rest/task/" + taak + "/comment/create",
                "{\"message\":\"contact gelegd\",\"processInstanceId\":\"" + pi + "\"}").statusCode()).isEqualTo(200);
        assertThat(casemanager.post("/engine-rest/task/" + taak + "/attachment/create", bijlage(),
                "multipart/form-data; boundary=" + GRENS).statusCode()).isEqualTo(200);
        assertThat(taken.getTaskComments(taak)).hasSize(1);
        assertThat(taken.getTaskAttachments(taak)).hasSize(1);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> zonderPersoonsgegevens(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.uri() + ": " + antwoord.body()).isEqualTo(200);
        return assertThat(antwoord.body()).doesNotContain(BSN).doesNotContain(NAAM).doesNotContain("\"bsn\"")
                .doesNotContain("\"achternaam\"").doesNotContain("\"voorletters\"").doesNotContain("\"geboortedatum\"");
    }

    private static String bijlage() {
        return "--" + GRENS + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nnotitie\r\n"
                + "--" + GRENS + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttps://example.org/notitie\r\n"
                + "--" + GRENS + "--\r\n";
    }
}
