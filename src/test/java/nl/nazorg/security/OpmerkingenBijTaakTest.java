package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.identity.Taakgeschiedenisrechten;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whoever may work a task comments on it and reads its comments and history, over /engine-rest and over the route
 * Tasklist uses ("Opmerking toevoegen", the tab "Historie"); the casemanager of another PI does neither, and after
 * an overplaatsing the old PI no longer does. Tasks that were open before the engine kept this right get it at start-up.
 * A comment is changed or deleted by its author only, an attachment deleted only by whoever may add it.
 */
class OpmerkingenBijTaakTest extends PostgresSpringTest {

    private static final String TASKLIST = "/camunda/api/engine/engine/default";
    private static final String GRENS = "nazorg-grens";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired AuthorizationService autorisaties;
    @Autowired Taakgeschiedenisrechten taakgeschiedenisrechten;
    @Autowired IdentityService identiteit;

    private final ObjectMapper json = new ObjectMapper();

    private ProcessInstance casus;

    @AfterEach
    void opruimen() {
        identiteit.clearAuthentication();
        if (casus != null) {
            runtime.deleteProcessInstanceIfExists(casus.getId(), "einde test", true, true, true, true);
        }
    }

    @Test
    void deCasemanagerBeschrijftEnLeestZijnTaak() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        WebappSessie tasklist = WebappSessie.logIn(poort, "cm-terpeel", "tasklist");
        assertThat(tasklist.isAangemeld()).isTrue();

        HttpResponse<String> viaRest = casemanager.post("/engine-rest/task/" + taak + "/comment/create",
                "{\"message\":\"Gebeld met regievoerder\",\"processInstanceId\":\"" + casus.getId() + "\"}");
        assertThat(viaRest.statusCode()).as(viaRest.body()).isEqualTo(200);
        assertThat(casemanager.post("/engine-rest/task/" + taak + "/claim", "{\"userId\":\"cm-terpeel\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> viaTasklist = tasklist.post(TASKLIST + "/task/" + taak + "/comment/create", opmerking("Terugbelverzoek gedaan"));
        assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(200);

        assertThat(casemanager.get("/engine-rest/task/" + taak + "/comment").body())
                .contains("Gebeld met regievoerder", "Terugbelverzoek gedaan", "\"userId\":\"cm-terpeel\"");
        HttpResponse<String> gelezen = tasklist.get(TASKLIST + "/task/" + taak + "/comment");
        assertThat(gelezen.statusCode()).isEqualTo(200);
        assertThat(gelezen.body()).contains("Gebeld met regievoerder", "Terugbelverzoek gedaan");
        assertThat(tasklist.get(TASKLIST + "/history/user-operation?taskId=" + taak).body())
                .as("the tab Geschiedenis shows who claimed the task").contains("\"operationType\":\"Claim\"");
        assertThat(tasklist.get(TASKLIST + "/history/user-operation/count?taskId=" + taak).body()).doesNotContain("\"count\":0");
    }

    @Test
    void eenAnderePiBeschrijftNochLeestDeTaak() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        assertThat(casemanager.post("/engine-rest/task/" + taak + "/claim", "{\"userId\":\"cm-terpeel\"}").statusCode()).isEqualTo(204);
        assertThat(casemanager.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Alleen voor Ter Peel"))
                .statusCode()).isEqualTo(200);

        ApiKlant sittard = new ApiKlant(poort, "cm-sittard");
        WebappSessie sittardTasklist = WebappSessie.logIn(poort, "cm-sittard", "tasklist");
        assertThat(sittard.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Sittard was hier")).statusCode())
                .isIn(400, 403, 404);
        assertThat(sittardTasklist.post(TASKLIST + "/task/" + taak + "/comment/create", opmerking("Sittard was hier")).statusCode())
                .isIn(400, 403, 404);
        kanNietsLezen(sittard, sittardTasklist, taak);
        assertThat(taken.getTaskComments(taak)).extracting(c -> c.getFullMessage()).containsExactly("Alleen voor Ter Peel");
    }

    @Test
    void naEenOverplaatsingBeschrijftEnLeestDeNieuwePiDeTaakEnDeOudeNiet() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant terPeel = new ApiKlant(poort, "cm-terpeel");
        assertThat(terPeel.post("/engine-rest/task/" + taak + "/claim", "{\"userId\":\"cm-terpeel\"}").statusCode()).isEqualTo(204);
        assertThat(terPeel.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Voor de overplaatsing"))
                .statusCode()).isEqualTo(200);

        runtime.createMessageCorrelation("Overplaatsing").processInstanceId(casus.getId()).setVariable("piCode", "sittard").correlate();

        ApiKlant sittard = new ApiKlant(poort, "cm-sittard");
        assertThat(sittard.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Na de overplaatsing"))
                .statusCode()).isEqualTo(200);
        assertThat(sittard.get("/engine-rest/task/" + taak + "/comment").body()).contains("Voor de overplaatsing", "Na de overplaatsing");
        assertThat(terPeel.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Nog van Ter Peel")).statusCode())
                .isIn(400, 403, 404);
        kanNietsLezen(terPeel, WebappSessie.logIn(poort, "cm-terpeel", "tasklist"), taak);
        assertThat(terPeel.get("/engine-rest/task/" + taak).statusCode()).as("nor the task itself").isIn(403, 404);
    }

    @Test
    void eenTaakVanVoorDezeVersieKrijgtHaarRechtBijDeStart() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        List<Authorization> historisch = autorisaties.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(taak).list();
        assertThat(historisch).as("Camunda grants the task's history with the task").isNotEmpty();
        historisch.forEach(a -> autorisaties.deleteAuthorization(a.getId()));
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        assertThat(casemanager.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Te vroeg")).statusCode())
                .as("as before this version").isEqualTo(400);

        taakgeschiedenisrechten.richtIn();
        taakgeschiedenisrechten.richtIn();

        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(taak).count())
                .as("once, for the candidate group").isEqualTo(historisch.size());
        assertThat(casemanager.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Na de start")).statusCode())
                .isEqualTo(200);
        assertThat(new ApiKlant(poort, "cm-sittard").get("/engine-rest/task/" + taak + "/comment").statusCode()).isEqualTo(404);
    }

    @Test
    void eenOpmerkingWijzigtOfVerwijdertAlleenWieHaarSchreef() throws Exception {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        HttpResponse<String> gemaakt = casemanager.post("/engine-rest/task/" + taak + "/comment/create", opmerking("Gebeld"));
        String id = json.readTree(gemaakt.body()).path("id").asText();

        identiteit.setAuthentication("collega-terpeel", List.of("casemanager-ter-peel"));
        assertThatThrownBy(() -> taken.updateTaskComment(taak, id, "Niet gebeld")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taken.deleteTaskComment(taak, id)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taken.deleteTaskComments(taak)).isInstanceOf(AuthorizationException.class);
        identiteit.clearAuthentication();
        assertThat(taken.getTaskComments(taak)).extracting(Comment::getFullMessage).containsExactly("Gebeld");

        assertThat(casemanager.put("/engine-rest/task/" + taak + "/comment", "{\"id\":\"" + id + "\",\"message\":\"Gebeld, terugbellen\"}")
                .statusCode()).as("the author corrects it").isEqualTo(204);
        assertThat(taken.getTaskComments(taak)).extracting(Comment::getFullMessage).containsExactly("Gebeld, terugbellen");
        assertThat(casemanager.delete("/engine-rest/task/" + taak + "/comment/" + id).statusCode()).isEqualTo(204);
        assertThat(taken.getTaskComments(taak)).isEmpty();
    }

    @Test
    void eenBijlageVerwijdertAlleenWieHaarMagToevoegen() throws Exception {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        HttpResponse<String> gemaakt = casemanager.post("/engine-rest/task/" + taak + "/attachment/create", bijlage(),
                "multipart/form-data; boundary=" + GRENS);
        assertThat(gemaakt.statusCode()).as(gemaakt.body()).isEqualTo(200);
        String id = json.readTree(gemaakt.body()).path("id").asText();

        for (String ander : List.of("manager", "cm-sittard")) {
            assertThat(new ApiKlant(poort, ander).delete("/engine-rest/task/" + taak + "/attachment/" + id).statusCode())
                    .as(ander).isIn(403, 404);
        }
        assertThat(taken.getTaskAttachments(taak)).hasSize(1);
        assertThat(casemanager.delete("/engine-rest/task/" + taak + "/attachment/" + id).statusCode()).isEqualTo(204);
        assertThat(taken.getTaskAttachments(taak)).isEmpty();
    }

    private static String bijlage() {
        return "--" + GRENS + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nnotitie\r\n"
                + "--" + GRENS + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttps://example.org/notitie\r\n"
                + "--" + GRENS + "--\r\n";
    }

    private static void kanNietsLezen(ApiKlant rest, WebappSessie tasklist, String taak) {
        assertThat(rest.get("/engine-rest/task/" + taak + "/comment").statusCode()).isEqualTo(404);
        assertThat(tasklist.get(TASKLIST + "/task/" + taak + "/comment").statusCode()).isEqualTo(404);
        assertThat(rest.get("/engine-rest/history/task?taskId=" + taak).body()).isEqualTo("[]");
        assertThat(rest.get("/engine-rest/history/user-operation?taskId=" + taak).body()).isEqualTo("[]");
        assertThat(tasklist.get(TASKLIST + "/history/user-operation?taskId=" + taak).body()).isEqualTo("[]");
    }

    private static String opmerking(String tekst) {
        return "{\"message\":\"" + tekst + "\"}";
    }
}
