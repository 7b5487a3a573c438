package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21, point 6: a partner's group reads a case while it is involved (named in 1f, partij of an action of the
 * plan), over the REST API and in Tasklist, and no longer once it is not: the gemeente Venlo and the reclassering,
 * over real HTTP.
 */
class BetrokkenInzageTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired TaskService taken;
    @Autowired ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eenPartnerLeestDeCasusZolangHijBetrokkenIs() throws Exception {
        ProcessInstance pi = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        taken.complete(casussen.taak(pi, "Task_ContactLeggen"));
        Lezer gemeente = new Lezer("gemeente-venlo", pi.getId());
        Lezer reclassering = new Lezer("reclassering", pi.getId());

        assertThat(gemeente.variabelenStatus()).as("gemeente vóór betrokkenheid").isEqualTo(403);
        assertThat(gemeente.variabelenInTasklist()).as("gemeente vóór betrokkenheid, Tasklist").isZero();
        assertThat(reclassering.variabelenStatus()).as("reclassering vóór betrokkenheid").isEqualTo(403);
        assertThat(reclassering.variabelenInTasklist()).isZero();

        taken.complete(casussen.taak(pi, "Task_ProcesAfstemmen"), Map.of("betrokkenPartijen",
                SpinValues.jsonValue("[\"gemeente\"]").create()));
        assertThat(gemeente.variabelenStatus()).as("gemeente genoemd in 1f").isEqualTo(200);
        assertThat(gemeente.variabelenInTasklist()).as("gemeente genoemd in 1f, Tasklist").isPositive();
        assertThat(reclassering.variabelenStatus()).as("reclassering niet genoemd").isEqualTo(403);

        taken.complete(casussen.taak(pi, "Task_Intakegesprek"), Map.of("hulpvraagHuisvesting", true));
        taken.complete(casussen.taak(pi, "Task_Informatieblad"));
        casussen.voerJobUit(pi, "Task_DeelInformatieblad");
        taken.complete(casussen.taak(pi, "Task_VerrijkInformatie"));
        management.createJobQuery().processInstanceId(pi.getId()).activityId("Gateway_BeeldvormingKlaar").list()
                .forEach(job -> management.executeJob(job.getId()));
        taken.complete(casussen.taak(pi, "Task_ConceptPlanOpstellen"), Map.of("actielijst", actielijst("reclassering")));
        assertThat(reclassering.variabelenStatus()).as("reclassering met een actie in het plan").isEqualTo(200);
        assertThat(reclassering.variabelenInTasklist()).as("reclassering met een actie, Tasklist").isPositive();

        taken.complete(casussen.taak(pi, "Task_PlanVaststellen"), Map.of("planVastgesteld", false,
                "opmerkingenMdo", "Werk hoort bij de gemeente"));
        taken.complete(casussen.taak(pi, "Task_ConceptPlanOpstellen"), Map.of("actielijst", actielijst("gemeente")));
        assertThat(reclassering.variabelenStatus()).as("reclassering zonder actie meer").isEqualTo(403);
        assertThat(reclassering.variabelenInTasklist()).as("reclassering zonder actie meer, Tasklist").isZero();
        assertThat(gemeente.variabelenStatus()).as("gemeente blijft betrokken").isEqualTo(200);
    }

    private static Object actielijst(String partij) {
        return SpinValues.jsonValue("""
                [{"omschrijving": "Werktraject", "leefgebied": "werk-inkomen", "partij": "%s", "streefdatum": "2026-04-30"}]
                """.formatted(partij)).create();
    }

    /** One demo user, over the REST API and logged in to Tasklist, looking at one case. */
    private final class Lezer {

        private final ApiKlant api;
        private final WebappSessie tasklist;
        private final String processInstanceId;

        Lezer(String gebruiker, String processInstanceId) {
            this.api = new ApiKlant(poort, gebruiker);
            this.tasklist = WebappSessie.logIn(poort, gebruiker, "tasklist");
            this.processInstanceId = processInstanceId;
            assertThat(tasklist.isAangemeld()).isTrue();
        }

        int variabelenStatus() {
            return api.get("/engine-rest/process-instance/" + processInstanceId + "/variables").statusCode();
        }

        /** What Tasklist reads for the columns of its task list: the case's variables, as far as the user may. */
        int variabelenInTasklist() throws Exception {
            var antwoord = tasklist.get("/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn="
                    + processInstanceId);
            assertThat(antwoord.statusCode()).isEqualTo(200);
            return json.readTree(antwoord.body()).size();
        }
    }
}
