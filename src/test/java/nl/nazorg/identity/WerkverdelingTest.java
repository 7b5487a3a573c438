package nl.nazorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.demo.Proefpersonen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role finds its own work in Tasklist (issue 19), over real HTTP as Tasklist asks it: the columns of the
 * gemeente's action tasks, the ZVH administration's manual melding, the filter a new user opens first, and which
 * filters each role gets.
 */
class WerkverdelingTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired FilterService filterService;
    @Autowired TasklistFilters filters;
    @Autowired AuthorizationService autorisaties;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void deGemeenteZietDeKolommenVanHaarActieEnEenAndereGemeenteNiets() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totUitvoering(detentieId, "ter-peel", "GM0983");
        String actie = casussen.taak(casus, "Task_ActieUitvoeren");
        ApiKlant venlo = new ApiKlant(poort, "gemeente-venlo");

        Map<String, Object> kolommen = kolommenVan(venlo, "Taken van mijn groepen", actie);
        assertThat(kolommen).as("the columns Tasklist shows gemeente-venlo for its action")
                .containsEntry("achternaam", "Jansen").containsEntry("voorletters", "P.")
                .containsEntry("detentieId", detentieId).containsEntry("piCode", "ter-peel")
                .containsEntry("actieOmschrijving", "Woning zoeken via woningcorporatie");
        assertThat(venlo.get("/engine-rest/process-instance/" + casus.getId() + "/variables").statusCode())
                .as("the gemeente carries out an action of the plan, so it reads the case (issue 21)").isEqualTo(200);

        runtime.createMessageCorrelation("Overplaatsing").processInstanceId(casus.getId())
                .setVariable("piCode", "sittard").correlate();
        assertThat(kolommenVan(venlo, "Taken van mijn groepen", actie)).as("after an overplaatsing")
                .containsEntry("piCode", "sittard").containsEntry("achternaam", "Jansen");

        ApiKlant roermond = new ApiKlant(poort, "gemeente-roermond");
        assertThat(kolommenVan(roermond, "Taken van mijn groepen", actie)).as("another gemeente sees nothing").isNull();
        assertThat(roermond.get("/engine-rest/variable-instance?variableName=detentieId&variableValues=detentieId_eq_"
                + detentieId).body()).doesNotContain(detentieId);
    }

    @Test
    void deZvhAdministratieVoertEenMeldingMetDeHandIn() throws Exception {
        ApiKlant zvh = new ApiKlant(poort, "zvh-noord");
        HttpResponse<String> startbaar = zvh.get(
                "/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true&latestVersion=true&active=true");
        assertThat(startbaar.statusCode()).isEqualTo(200);
        assertThat(json.readTree(startbaar.body()).findValuesAsText("key")).as("Proces starten for zvh-noord")
                .containsExactly("nazorg");
        assertThat(json.readTree(new ApiKlant(poort, "cm-terpeel").get(
                "/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true").body())
                .findValuesAsText("key")).as("a casemanager starts only a revision of a D&R-plan")
                .containsExactly("dr-plan-herzien");

        String detentieId = TestCasussen.nieuwDetentieId();
        Map<String, Object> melding = startformulier(detentieId);
        melding.put("zvhClient", true);
        assertThat(zvh.post("/engine-rest/process-definition/key/nazorg/submit-form", variabelen(melding)).statusCode())
                .as("a field outside the start form").isEqualTo(403);
        Map<String, Object> metNaam = startformulier(detentieId);
        metNaam.put("gemeenteNaam", "Nergens");
        assertThat(zvh.post("/engine-rest/process-definition/key/nazorg/submit-form", variabelen(metNaam)).statusCode())
                .as("the gemeente's name comes from the table, not from the form").isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isZero();

        HttpResponse<String> gestart = zvh.post("/engine-rest/process-definition/key/nazorg/submit-form",
                variabelen(startformulier(detentieId)));
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(200);
        ProcessInstance casus = runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).singleResult();
        assertThat(runtime.getVariable(casus.getId(), "gemeenteNaam")).isEqualTo("Venlo");
        casussen.voerJobUit(casus, "Task_RegistreerMelding");
        casussen.voerJobUit(casus, "Task_CheckBekendheid");

        Task bekendheid = taken.createTaskQuery().processInstanceId(casus.getId()).taskDefinitionKey("Task_BeoordeelBekendheid")
                .singleResult();
        assertThat(taken.getIdentityLinksForTask(bekendheid.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("zvh-administratie-noord-limburg");
        assertThat(zvh.get("/engine-rest/task?processInstanceBusinessKey=" + detentieId).body()).contains(bekendheid.getId());
        assertThat(new ApiKlant(poort, "cm-terpeel").get("/engine-rest/process-instance?businessKey=" + detentieId).body())
                .as("the case belongs to its PI like a melding").contains(casus.getId());
        assertThat(new ApiKlant(poort, "cm-sittard").get("/engine-rest/process-instance?businessKey=" + detentieId).body())
                .doesNotContain(casus.getId());
        assertThat(new ApiKlant(poort, "zvh-midden").get("/engine-rest/process-instance?businessKey=" + detentieId).body())
                .doesNotContain(casus.getId());
    }

    @Test
    void deGemeenteVoertEenZelfmelderMetDeHandIn() throws Exception {
        ApiKlant venlo = new ApiKlant(poort, "gemeente-venlo");
        assertThat(json.readTree(venlo.get("/engine-rest/process-definition?startableInTasklist=true"
                + "&startablePermissionCheck=true&latestVersion=true&active=true").body()).findValuesAsText("key"))
                .containsExactly("zelfmelder");

        String zelfmelderId = "ZM-" + java.util.UUID.randomUUID();
        Map<String, Object> melding = new LinkedHashMap<>();
        melding.put("zelfmelderId", zelfmelderId);
        melding.put("bsn", Proefpersonen.bsn(new SecureRandom()));
        melding.put("achternaam", "Zelf");
        melding.put("voorletters", "Z.");
        melding.put("geboortedatum", "1990-05-17");
        melding.put("geslacht", "V");
        melding.put("gemeenteCode", "GM0983");
        melding.put("oproepdatum", "2027-06-01");
        HttpResponse<String> gestart = venlo.post("/engine-rest/process-definition/key/zelfmelder/submit-form",
                variabelen(melding));
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(200);
        String id = json.readTree(gestart.body()).path("id").asText();
        assertThat(venlo.get("/engine-rest/task?processInstanceId=" + id).body()).contains("Task_ScreeningTriage");
        assertThat(new ApiKlant(poort, "gemeente-roermond").get("/engine-rest/process-instance?processInstanceIds=" + id)
                .body()).doesNotContain(id);
        runtime.deleteProcessInstance(id, "einde test");
    }

    @Test
    void hetEersteFilterVanEenCasemanagerToontHetWerkVanZijnGroep() throws Exception {
        ProcessInstance casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");

        String eerste = eersteFilter(casemanager);
        assertThat(filterService.getFilter(eerste).getName()).isEqualTo("Taken van mijn groepen");
        assertThat(kolommenVan(casemanager, filterService.getFilter(eerste).getName(), taak)).isNotNull();
    }

    @Test
    void elkeRolKrijgtDeFiltersVanHaarWerk() throws Exception {
        assertThat(filternamen("cm-terpeel")).contains("Taken van mijn groepen", "Stap 1: binnenkomst en check ZVH",
                "Stap 5: overdracht en afsluiten").doesNotContain("Voorzorg zelfmelders");
        assertThat(filternamen("gemeente-venlo")).contains("Taken van mijn groepen", "Stap 4: uitvoering",
                "Voorzorg zelfmelders").doesNotContain("Stap 1: binnenkomst en check ZVH", "Stap 3: planvorming");
        assertThat(filternamen("zvh-noord")).contains("Stap 1: binnenkomst en check ZVH")
                .doesNotContain("Stap 3: planvorming", "Voorzorg zelfmelders");
        // the MDO adopts a revised plan again in step 4 when its goals change
        assertThat(filternamen("mdo-terpeel")).contains("Stap 3: planvorming", "Stap 4: uitvoering")
                .doesNotContain("Stap 1: binnenkomst en check ZVH");
        assertThat(filternamen("reclassering")).contains("Stap 4: uitvoering").doesNotContain("Stap 2: beeldvorming");
    }

    @Test
    void eenBestaandeDatabaseKrijgtBijDeVolgendeStartDeFiltersPerRol() throws Exception {
        Filter voorzorg = filterService.createFilterQuery().filterName("Voorzorg zelfmelders").singleResult();
        Authorization iedereen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        iedereen.setResource(Resources.FILTER);
        iedereen.setResourceId(voorzorg.getId());
        iedereen.addPermission(Permissions.READ);
        autorisaties.saveAuthorization(iedereen);
        Map<String, Object> oud = new LinkedHashMap<>(voorzorg.getProperties());
        oud.put("priority", -100);
        filterService.saveFilter(voorzorg.setProperties(oud));
        assertThat(filternamen("cm-terpeel")).as("as an earlier version left it").contains("Voorzorg zelfmelders");

        filters.richtIn();

        assertThat(filternamen("cm-terpeel")).doesNotContain("Voorzorg zelfmelders");
        assertThat(filternamen("gemeente-venlo")).contains("Voorzorg zelfmelders");
        assertThat(filterService.getFilter(eersteFilter(new ApiKlant(poort, "gemeente-venlo"))).getName())
                .isEqualTo("Taken van mijn groepen");
        assertThat(filterService.createFilterQuery().filterName("Voorzorg zelfmelders").count()).isEqualTo(1);
    }

    @Test
    void deVervaldatumsVanEenLaatIngevoerdeCasusStaanVanafDeInsluiting() {
        // Insluiting Monday 2 March 2026; the engine's clock is today, so every deadline has passed: Tasklist shows
        // them as overdue from the first task on.
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totBeoordeelBekendheid(detentieId, "ter-peel", "GM0983");
        assertThat(vervaldatum(casus, "Task_BeoordeelBekendheid")).isEqualTo("2026-03-04T23:59:59+01:00");
        taken.complete(casussen.taak(casus, "Task_BeoordeelBekendheid"), Map.of("zvhClient", false));
        casussen.voerJobUit(casus, "Task_InformeerPi");
        assertThat(vervaldatum(casus, "Task_ContactLeggen")).isEqualTo("2026-03-06T23:59:59+01:00");
        taken.complete(casussen.taak(casus, "Task_ContactLeggen"));
        assertThat(vervaldatum(casus, "Task_ProcesAfstemmen")).isEqualTo("2026-03-09T23:59:59+01:00");
        taken.complete(casussen.taak(casus, "Task_ProcesAfstemmen"));
        assertThat(vervaldatum(casus, "Task_VerrijkInformatie")).isEqualTo("2026-03-16T23:59:59+01:00");
        taken.complete(casussen.taak(casus, "Task_Intakegesprek"), Map.of("hulpvraagHuisvesting", true,
                "hulpvraagSchulden", true));
        taken.complete(casussen.taak(casus, "Task_Informatieblad"));
        casussen.voerJobUit(casus, "Task_DeelInformatieblad");
        taken.complete(casussen.taak(casus, "Task_VerrijkInformatie"));
        management.createJobQuery().processInstanceId(casus.getId()).activityId("Gateway_BeeldvormingKlaar").list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(vervaldatum(casus, "Task_GesprekComplexeCasus")).isEqualTo("2026-03-23T23:59:59+01:00");
        taken.complete(casussen.taak(casus, "Task_GesprekComplexeCasus"), Map.of("opschalen", true));
        assertThat(vervaldatum(casus, "Task_OpschalingAfstemmen")).isEqualTo("2026-03-23T23:59:59+01:00");

        runtime.createMessageCorrelation("UitDetentie").processInstanceId(casus.getId())
                .setVariable("uitstroomdatum", "2026-03-20").setVariable("uitstroomgemeenteCode", "GM0983").correlate();
        assertThat(vervaldatum(casus, "Task_WarmeOverdracht")).as("the working day after leaving (Friday)")
                .isEqualTo("2026-03-23T23:59:59+01:00");
    }

    private String vervaldatum(ProcessInstance casus, String taakKey) {
        Task taak = taken.createTaskQuery().processInstanceId(casus.getId()).taskDefinitionKey(taakKey).singleResult();
        assertThat(taak.getDueDate()).as(taakKey + " has a due date").isNotNull();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(taak.getDueDate().toInstant()
                .atZone(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime());
    }

    /** The fields of the start form: the gemeente's name is not one of them, the case takes it from the table. */
    private Map<String, Object> startformulier(String detentieId) {
        Map<String, Object> melding = new LinkedHashMap<>(TestCasussen.melding(detentieId, "ter-peel", "GM0983"));
        melding.remove("gemeenteNaam");
        return melding;
    }

    private String variabelen(Map<String, Object> waarden) throws Exception {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        waarden.forEach((naam, waarde) -> variabelen.put(naam, Map.of("value", waarde)));
        return json.writeValueAsString(Map.of("variables", variabelen));
    }

    /** The filter Tasklist opens first: the one with the lowest priority among those the user may read. */
    private String eersteFilter(ApiKlant klant) throws Exception {
        JsonNode lijst = json.readTree(klant.get("/engine-rest/filter?resourceType=Task").body());
        String eerste = null;
        int laagste = Integer.MAX_VALUE;
        for (JsonNode filter : lijst) {
            int prioriteit = filter.path("properties").path("priority").asInt(0);
            if (prioriteit < laagste) {
                laagste = prioriteit;
                eerste = filter.path("id").asText();
            }
        }
        return eerste;
    }

    private List<String> filternamen(String gebruiker) throws Exception {
        List<String> namen = new ArrayList<>();
        json.readTree(new ApiKlant(poort, gebruiker).get("/engine-rest/filter?resourceType=Task").body())
                .forEach(filter -> namen.add(filter.path("name").asText()));
        return namen;
    }

    /** The variables Tasklist shows with one task in a filter's list (HAL, as Tasklist asks), or null if not listed. */
    private Map<String, Object> kolommenVan(ApiKlant klant, String filternaam, String taakId) throws Exception {
        String filter = filterService.createFilterQuery().filterName(filternaam).singleResult().getId();
        HttpResponse<String> pagina = klant.postMet("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=2000",
                "{\"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]}", "application/hal+json");
        assertThat(pagina.statusCode()).as(pagina.body()).isEqualTo(200);
        for (JsonNode taak : json.readTree(pagina.body()).path("_embedded").path("task")) {
            if (taakId.equals(taak.path("id").asText())) {
                Map<String, Object> kolommen = new LinkedHashMap<>();
                taak.path("_embedded").path("variable").forEach(v -> kolommen.put(v.path("name").asText(),
                        v.path("value").isTextual() ? v.path("value").asText() : v.path("value").toString()));
                return kolommen;
            }
        }
        return null;
    }
}
