package nl.nazorg.documenten;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.demo.Casusverloop;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The documents sent to partners, opened with the Tasklist login over real HTTP: the casemanager of the case gets the
 * PDF next to the task, another PI's casemanager and an anonymous caller get nothing. After the case is closed, its
 * PI and region still read the case and its documents through /api/v1; another PI does not. The letter to a zelfmelder
 * is opened next to the gemeente's task, and by no other gemeente; once the zelfmelder has reported in the PI, the
 * casemanager of the nazorg case finds it with that case.
 */
class DocumentenInTasklistTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLUGIN = "/camunda/api/tasklist/plugin/nazorg-documenten/default/taken/";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired Casusverloop verloop;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService taken;

    @Test
    void casemanagerOpentHetPlanBijDeTaakEnLeestDeCasusNaAfsluiting() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totUitvoering(detentieId, "ter-peel", "GM0983");
        verloop.uitDetentie(detentieId, LocalDate.of(2026, 5, 1), "GM0983");
        String taak = casussen.taak(casus, "Task_WarmeOverdracht");

        WebappLogin casemanager = WebappLogin.tasklist(poort, "cm-terpeel");
        HttpResponse<String> lijst = casemanager.get(PLUGIN + taak + "/documenten");
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        JsonNode documenten = JSON.readTree(lijst.body());
        assertThat(documenten.findValuesAsText("soort")).containsExactly("DR_PLAN");
        assertThat(lijst.body()).as("no person in the list").doesNotContain("Jansen").doesNotContain(detentieId);
        String pdf = PLUGIN + taak + "/documenten/" + documenten.get(0).path("id").asLong();
        HttpResponse<byte[]> plan = casemanager.getBytes(pdf);
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(plan.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(new String(plan.body(), 0, 5)).isEqualTo("%PDF-");

        WebappLogin anderePi = WebappLogin.tasklist(poort, "cm-sittard");
        assertThat(anderePi.get(PLUGIN + taak + "/documenten").statusCode()).isEqualTo(404);
        assertThat(anderePi.getBytes(pdf).statusCode()).isEqualTo(404);
        assertThat(WebappLogin.anoniem(poort).getBytes(pdf).statusCode()).isEqualTo(401);
        assertThat(casemanager.getBytes(PLUGIN + taak + "/documenten/999999999").statusCode()).isEqualTo(404);

        assertThat(verloop.warmeOverdracht(detentieId)).isTrue();
        rondAf(casus);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(casus.getId()).count()).as("case closed").isZero();

        for (String zelfdeCasus : new String[] {"cm-terpeel", "regie-noord"}) {
            ApiKlant klant = new ApiKlant(poort, zelfdeCasus);
            HttpResponse<String> overzicht = klant.get("/api/v1/detenties/" + detentieId);
            assertThat(overzicht.statusCode()).as(zelfdeCasus + ": " + overzicht.body()).isEqualTo(200);
            assertThat(overzicht.body()).contains("afgesloten");
            HttpResponse<String> naAfsluiting = klant.get("/api/v1/detenties/" + detentieId + "/documenten");
            assertThat(naAfsluiting.statusCode()).isEqualTo(200);
            JsonNode alle = JSON.readTree(naAfsluiting.body());
            assertThat(alle.findValuesAsText("soort")).containsExactly("DR_PLAN", "OVERDRACHT");
            HttpResponse<byte[]> overdracht = klant.getBytes("/api/v1/detenties/" + detentieId + "/documenten/" + alle.get(1).path("id").asLong());
            assertThat(overdracht.statusCode()).isEqualTo(200);
            assertThat(new String(overdracht.body(), 0, 5)).isEqualTo("%PDF-");
        }
        ApiKlant andere = new ApiKlant(poort, "cm-sittard");
        assertThat(andere.get("/api/v1/detenties/" + detentieId).statusCode()).isEqualTo(404);
        assertThat(andere.get("/api/v1/detenties/" + detentieId + "/documenten").statusCode()).isEqualTo(404);
        assertThat(new ApiKlant(poort, "regie-midden").get("/api/v1/detenties/" + detentieId).statusCode()).isEqualTo(404);
    }

    @Test
    void gemeenteOpentDeBriefAanDeZelfmelderBijHaarTaak() throws Exception {
        String zelfmelderId = "ZM-" + UUID.randomUUID();
        ApiKlant koppeling = new ApiKlant(poort, "koppeling");
        assertThat(koppeling.post("/api/v1/zelfmelders", """
                {"zelfmelderId": "%s", "bsn": "100000034", "achternaam": "Briefdrager", "voorletters": "B.",
                 "geboortedatum": "1981-02-03", "geslacht": "V", "gemeenteCode": "GM0983", "oproepdatum": "2099-03-01"}"""
                .formatted(zelfmelderId)).statusCode()).isEqualTo(201);
        String zelfmelder = runtime.createProcessInstanceQuery().processInstanceBusinessKey(zelfmelderId).singleResult().getId();
        taken.complete(taken.createTaskQuery().processInstanceId(zelfmelder).taskDefinitionKey("Task_ScreeningTriage")
                .singleResult().getId());
        for (Job brief : management.createJobQuery().processInstanceId(zelfmelder).activityId("Task_VerstuurBrief").list()) {
            management.executeJob(brief.getId());
        }
        assertThat(koppeling.post("/api/v1/zelfmelders/" + zelfmelderId + "/reactie", "{}").statusCode()).isEqualTo(202);
        String taak = taken.createTaskQuery().processInstanceId(zelfmelder).taskDefinitionKey("Task_GesprekZelfmelder")
                .singleResult().getId();

        WebappLogin venlo = WebappLogin.tasklist(poort, "gemeente-venlo");
        HttpResponse<String> lijst = venlo.get(PLUGIN + taak + "/documenten");
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        JsonNode documenten = JSON.readTree(lijst.body());
        assertThat(documenten.findValuesAsText("soort")).containsExactly("BRIEF_ZELFMELDER");
        assertThat(documenten.findValuesAsText("omschrijving")).containsExactly("Brief aan zelfmelder");
        assertThat(lijst.body()).as("no person in the list").doesNotContain("Briefdrager").doesNotContain(zelfmelderId);
        String pdf = PLUGIN + taak + "/documenten/" + documenten.get(0).path("id").asLong();
        HttpResponse<byte[]> brief = venlo.getBytes(pdf);
        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(brief.body(), 0, 5)).isEqualTo("%PDF-");

        WebappLogin roermond = WebappLogin.tasklist(poort, "gemeente-roermond");
        assertThat(roermond.get(PLUGIN + taak + "/documenten").statusCode()).isEqualTo(404);
        assertThat(roermond.getBytes(pdf).statusCode()).isEqualTo(404);
        WebappLogin casemanager = WebappLogin.tasklist(poort, "cm-terpeel");
        assertThat(casemanager.getBytes(pdf).statusCode()).as("a casemanager outside the zelfmelder's case").isEqualTo(404);
        assertThat(WebappLogin.anoniem(poort).getBytes(pdf).statusCode()).isEqualTo(401);

        String detentieId = TestCasussen.nieuwDetentieId();
        Map<String, Object> melding = TestCasussen.melding(detentieId, "ter-peel", "GM0983");
        melding.put("bsn", "100000034");
        ProcessInstance nazorg = runtime.createMessageCorrelation("EersteDagsmelding").processInstanceBusinessKey(detentieId)
                .setVariables(melding).correlateStartMessage();
        casussen.voerJobUit(nazorg, "Task_RegistreerMelding");
        casussen.voerJobUit(nazorg, "Task_CheckBekendheid");
        taken.complete(casussen.taak(nazorg, "Task_BeoordeelBekendheid"), Map.of("zvhClient", false));
        casussen.voerJobUit(nazorg, "Task_InformeerPi");
        assertThat(runtime.getVariable(nazorg.getId(), "zelfmelderId")).as("the nazorg case took over the zelfmelder").isEqualTo(zelfmelderId);
        String nazorgTaak = casussen.taak(nazorg, "Task_ContactLeggen");
        HttpResponse<String> bijNazorg = WebappLogin.tasklist(poort, "cm-terpeel").get(PLUGIN + nazorgTaak + "/documenten");
        assertThat(bijNazorg.statusCode()).as(bijNazorg.body()).isEqualTo(200);
        assertThat(JSON.readTree(bijNazorg.body()).findValuesAsText("soort")).containsExactly("BRIEF_ZELFMELDER");
        assertThat(casemanager.getBytes(PLUGIN + nazorgTaak + "/documenten/" + documenten.get(0).path("id").asLong()).statusCode())
                .isEqualTo(200);
        assertThat(WebappLogin.tasklist(poort, "cm-sittard").get(PLUGIN + nazorgTaak + "/documenten").statusCode()).isEqualTo(404);
        runtime.deleteProcessInstance(nazorg.getId(), "einde test");
    }

    /** Runs the async steps after the handover (sending, closing) until the case has ended. */
    private void rondAf(ProcessInstance casus) {
        for (int ronde = 0; ronde < 10 && runtime.createProcessInstanceQuery().processInstanceId(casus.getId()).count() > 0; ronde++) {
            for (Job job : management.createJobQuery().processInstanceId(casus.getId()).executable().list()) {
                management.executeJob(job.getId());
            }
        }
    }
}
