package nl.nazorg.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ketenmanager reads tasks (Cockpit counts and groups them) and nothing more, over real HTTP: no claim, assignment
 * or completion, and no search or sort of tasks by a variable, which could tell whether a person has a case.
 */
class KetenmanagerTakenTest extends PostgresSpringTest {

    private static final String BSN = "111222333";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;

    private ProcessInstance casus;

    @AfterEach
    void opruimen() {
        if (casus != null) {
            runtime.deleteProcessInstanceIfExists(casus.getId(), "einde test", true, true, true, true);
        }
    }

    /** A ketenmanager's read of an action task's form variables once left the case impossible to delete. */
    @Test
    void naHetKijkenVanDeKetenmanagerBlijftDeCasusTeVerwijderen() {
        casus = casussen.totUitvoering(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        ApiKlant manager = new ApiKlant(poort, "manager");
        for (Task taak : taken.createTaskQuery().processInstanceId(casus.getId()).list()) {
            assertThat(manager.get("/engine-rest/task/" + taak.getId()).statusCode()).isEqualTo(200);
            manager.get("/engine-rest/task/" + taak.getId() + "/form-variables");
            manager.get("/engine-rest/task/" + taak.getId() + "/variables");
        }
        runtime.deleteProcessInstance(casus.getId(), "einde test", true, true, true, true);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(casus.getId()).count()).isZero();
    }

    @Test
    void ketenmanagerLeestTakenMaarWerktZeNietEnZoektNietOpPersonen() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant manager = new ApiKlant(poort, "manager");

        HttpResponse<String> lijst = manager.get("/engine-rest/task?processInstanceId=" + casus.getId());
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains(taak);
        assertThat(manager.get("/engine-rest/task/report/candidate-group-count").body()).contains("casemanager-sittard");
        assertThat(manager.get("/engine-rest/task/" + taak + "/form-variables").statusCode()).isEqualTo(403);
        assertThat(manager.get("/engine-rest/task/" + taak + "/variables").statusCode()).isEqualTo(403);
        assertThat(manager.get("/engine-rest/task/" + taak + "/variables/bsn").statusCode()).isEqualTo(403);

        assertThat(manager.get("/engine-rest/task?processVariables=bsn_eq_" + BSN).statusCode()).isEqualTo(403);
        assertThat(manager.get("/engine-rest/task/count?processVariables=achternaam_like_Jan%25").statusCode()).isEqualTo(403);
        assertThat(manager.get("/engine-rest/task?taskVariables=bsn_eq_" + BSN).statusCode()).isEqualTo(403);
        assertThat(manager.post("/engine-rest/task", "{\"orQueries\":[{\"processVariables\":[{\"name\":\"bsn\",\"operator\":\"eq\",\"value\":\""
                + BSN + "\"}]}]}").statusCode()).isEqualTo(403);
        assertThat(manager.post("/engine-rest/task", "{\"processInstanceId\":\"" + casus.getId() + "\",\"sorting\":[{\"sortBy\":"
                + "\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"achternaam\",\"type\":\"String\"}}]}")
                .statusCode()).isEqualTo(403);

        assertThat(manager.post("/engine-rest/task/" + taak + "/claim", "{\"userId\":\"manager\"}").statusCode()).isEqualTo(403);
        assertThat(manager.post("/engine-rest/task/" + taak + "/assignee", "{\"userId\":\"cm-sittard\"}").statusCode()).isEqualTo(403);
        assertThat(manager.post("/engine-rest/task/" + taak + "/complete", "{}").statusCode()).isEqualTo(403);
        Task nogOpen = taken.createTaskQuery().taskId(taak).singleResult();
        assertThat(nogOpen).as("still open").isNotNull();
        assertThat(nogOpen.getAssignee()).isNull();

        assertThat(new ApiKlant(poort, "cm-sittard").get("/engine-rest/task/" + taak + "/form-variables").body())
                .as("the worker still gets the form").contains(BSN);
        ApiKlant casemanager = new ApiKlant(poort, "cm-sittard");
        assertThat(casemanager.get("/engine-rest/task?processVariables=achternaam_eq_Jansen").body())
                .as("workers keep their own searches").contains(taak);
    }
}
