package nl.nazorg.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The caseload per casemanager group over HTTP: a new case counts, a transfer moves it, the case's end removes it. */
class CaseloadRapportTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void openCasussenPerCasemanagergroepVolgenDeCasus() throws Exception {
        Map<String, Long> voor = caseload("manager");

        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        Map<String, Long> gemeld = caseload("manager");
        assertThat(gemeld.get("casemanager-ter-peel")).isEqualTo(voor.getOrDefault("casemanager-ter-peel", 0L) + 1);
        assertThat(gemeld.get("Totaal")).isEqualTo(voor.get("Totaal") + 1);
        assertThat(caseload("cm-terpeel")).as("a casemanager sees the own PI only").containsOnlyKeys("casemanager-ter-peel", "Totaal");

        runtime.createMessageCorrelation("Overplaatsing").processInstanceBusinessKey(detentieId)
                .setVariable("piCode", "sittard").correlateAll();
        Map<String, Long> overgeplaatst = caseload("manager");
        assertThat(overgeplaatst.getOrDefault("casemanager-ter-peel", 0L)).isEqualTo(voor.getOrDefault("casemanager-ter-peel", 0L));
        assertThat(overgeplaatst.get("casemanager-sittard")).isEqualTo(voor.getOrDefault("casemanager-sittard", 0L) + 1);

        runtime.createMessageCorrelation("UitDetentie").processInstanceBusinessKey(detentieId)
                .setVariable("uitstroomdatum", "2026-03-20").setVariable("uitstroomgemeenteCode", "GM0983").correlate();
        taken.complete(casussen.taak(casus, "Task_WarmeOverdracht"), Map.of("overdragenAan", SpinValues.jsonValue("[\"gemeente\"]").create()));
        casussen.voerJobUit(casus, "Task_VerstuurOverdracht");
        casussen.voerJobUit(casus, "Task_CasusAfsluiten");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(casus.getId()).count()).isZero();
        assertThat(caseload("manager").getOrDefault("casemanager-sittard", 0L))
                .isEqualTo(voor.getOrDefault("casemanager-sittard", 0L));
    }

    /** Open cases per group as the report's rows give them, with the total under "Totaal". */
    private Map<String, Long> caseload(String gebruiker) throws Exception {
        HttpResponse<String> antwoord = new ApiKlant(poort, gebruiker).get("/api/v1/rapportages/caseload");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        Map<String, Long> perGroep = new LinkedHashMap<>();
        for (JsonNode rij : json.readTree(antwoord.body()).path("rijen")) {
            perGroep.put(rij.path("groep").asText(), rij.path("openCasussen").asLong());
        }
        return perGroep;
    }
}
