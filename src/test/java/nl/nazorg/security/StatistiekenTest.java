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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Case counts per process definition, activity and deployment only for Cockpit's users: workers, who read the process
 * definitions for the diagram in Tasklist, get 403 on every route (/engine-rest, the webapps' engine API, Cockpit's
 * plugin API; deployment statistics, which have no REST route, through Java); the ketenmanager gets the figures.
 */
class StatistiekenTest extends PostgresSpringTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String PLUGIN = "/camunda/api/cockpit/plugin/base/default";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identiteit;
    @Autowired ManagementService management;

    private ProcessInstance casus;

    @AfterEach
    void opruimen() {
        identiteit.clearAuthentication();
        if (casus != null) {
            runtime.deleteProcessInstanceIfExists(casus.getId(), "einde test", true, true, true, true);
        }
    }

    @Test
    void alleenCockpitgebruikersZienStatistieken() {
        casus = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");
        String definitie = repository.createProcessDefinitionQuery().processDefinitionKey("nazorg").latestVersion()
                .singleResult().getId();
        List<String> rest = List.of("/engine-rest/process-definition/statistics",
                "/engine-rest/process-definition/" + definitie + "/statistics",
                "/engine-rest/process-definition/key/nazorg/statistics");
        List<String> webapp = List.of(ENGINE + "/process-definition/statistics",
                ENGINE + "/process-definition/" + definitie + "/statistics",
                PLUGIN + "/process-definition/statistics", PLUGIN + "/process-definition/statistics-count");

        for (String werker : List.of("cm-terpeel", "coord-noord")) {
            ApiKlant klant = new ApiKlant(poort, werker);
            assertThat(klant.get("/engine-rest/process-definition/" + definitie + "/xml").statusCode())
                    .as("the diagram in Tasklist").isEqualTo(200);
            WebappSessie tasklist = WebappSessie.logIn(poort, werker, "tasklist");
            assertThat(tasklist.isAangemeld()).isTrue();
            for (String pad : rest) {
                assertThat(klant.get(pad).statusCode()).as(werker + " " + pad).isEqualTo(403);
            }
            for (String pad : webapp) {
                assertThat(tasklist.get(pad).statusCode()).as(werker + " " + pad).isEqualTo(403);
            }
            identiteit.setAuthentication(werker, identiteit.createGroupQuery().groupMember(werker).list().stream()
                    .map(Group::getId).toList());
            assertThatThrownBy(() -> management.createDeploymentStatisticsQuery().list()).as("no REST route: Java")
                    .isInstanceOf(AuthorizationException.class);
            identiteit.clearAuthentication();
        }

        ApiKlant manager = new ApiKlant(poort, "manager");
        WebappSessie cockpit = WebappSessie.logIn(poort, "manager", "cockpit");
        for (String pad : rest) {
            assertThat(manager.get(pad).statusCode()).as("manager " + pad).isEqualTo(200);
        }
        for (String pad : webapp) {
            assertThat(cockpit.get(pad).statusCode()).as("manager " + pad).isEqualTo(200);
        }
        HttpResponse<String> perActiviteit = manager.get("/engine-rest/process-definition/" + definitie + "/statistics");
        assertThat(perActiviteit.body()).contains("\"id\":\"Task_BeoordeelBekendheid\"");
    }
}
