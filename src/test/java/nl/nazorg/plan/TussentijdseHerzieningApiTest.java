package nl.nazorg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "D&R-plan tussentijds herzien" over real HTTP, as Tasklist's "Proces starten" submits it: the casemanager of the
 * case's PI starts a revision of its adopted plan; another PI's casemanager and a gemeente cannot, and nothing starts.
 */
class TussentijdseHerzieningApiTest extends PostgresSpringTest {

    private static final String STARTEN = "/engine-rest/process-definition/key/dr-plan-herzien/submit-form";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired TaskService taken;
    @Autowired HistoryService historie;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void alleenDeCasemanagerVanDePiStartEenHerzieningVanHetVastgesteldePlan() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totUitvoering(detentieId, "ter-peel", "GM0983");

        HttpResponse<String> anderePi = new ApiKlant(poort, "cm-sittard").post(STARTEN,
                startformulier(detentieId, "Niet mijn casus."));
        assertThat(anderePi.statusCode()).as(anderePi.body()).isEqualTo(400);
        assertThat(json.readTree(anderePi.body()).path("message").asText())
                .contains("Veld 'detentieId': u bent geen casemanager van een casus met dit detentie-id")
                .doesNotContain(casus.getId());
        HttpResponse<String> gemeente = new ApiKlant(poort, "gemeente-venlo").post(STARTEN,
                startformulier(detentieId, "Wij willen een actie toevoegen."));
        assertThat(gemeente.statusCode()).as("the gemeente does not see the process: " + gemeente.body()).isEqualTo(404);
        Map<String, Object> meer = new LinkedHashMap<>(Map.of("detentieId", detentieId, "reden", "Extra veld."));
        meer.put("piCode", "sittard");
        assertThat(new ApiKlant(poort, "cm-terpeel").post(STARTEN, variabelen(meer)).statusCode())
                .as("a field outside the start form").isEqualTo(403);
        assertThat(taken.createTaskQuery().processInstanceId(casus.getId()).taskDefinitionKey("Task_PlanHerzien").count())
                .as("nothing started").isZero();
        assertThat(historie.createHistoricProcessInstanceQuery().processDefinitionKey("dr-plan-herzien")
                .startedBy("cm-sittard").count()).as("a refused start leaves no instance").isZero();

        HttpResponse<String> gestart = new ApiKlant(poort, "cm-terpeel").post(STARTEN,
                startformulier(detentieId, "Nieuwe schuldeiser gemeld."));
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(200);
        Task herzien = taken.createTaskQuery().processInstanceId(casus.getId()).taskDefinitionKey("Task_PlanHerzien")
                .singleResult();
        assertThat(taken.getIdentityLinksForTask(herzien.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("casemanager-ter-peel");
        assertThat(taken.getVariable(herzien.getId(), "redenHerziening")).isEqualTo("Nieuwe schuldeiser gemeld.");
        assertThat(new ApiKlant(poort, "cm-terpeel").get("/engine-rest/task?processInstanceBusinessKey=" + detentieId
                + "&taskDefinitionKey=Task_PlanHerzien").body()).as("in Tasklist of the casemanager").contains(herzien.getId());

        HttpResponse<String> nogEen = new ApiKlant(poort, "cm-terpeel").post(STARTEN,
                startformulier(detentieId, "Nog een herziening."));
        assertThat(nogEen.statusCode()).as(nogEen.body()).isEqualTo(400);
        assertThat(json.readTree(nogEen.body()).path("message").asText()).contains("er loopt al een herziening");
        assertThat(taken.createTaskQuery().processInstanceId(casus.getId()).taskDefinitionKey("Task_PlanHerzien").count())
                .isEqualTo(1);
    }

    private String startformulier(String detentieId, String reden) throws Exception {
        return variabelen(Map.of("detentieId", detentieId, "reden", reden));
    }

    private String variabelen(Map<String, Object> waarden) throws Exception {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        waarden.forEach((naam, waarde) -> variabelen.put(naam, Map.of("value", waarde)));
        return json.writeValueAsString(Map.of("variables", variabelen));
    }
}
