package nl.nazorg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.Procesberichten;
import nl.nazorg.partner.BerichtenLogboek;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21, point 6: who is involved decides where the D&R-plan and the warm handover go (the message log of each
 * case), and the coördinator nazorg drafts the concept plan with the casemanager (over HTTP).
 */
class BetrokkenPartnersTest extends PostgresSpringTest {

    private static final String VENLO = "nazorg@venlo.example.nl";
    private static final String ZVH_NOORD = "nazorg@zvh-noord.example.nl";
    private static final String RECLASSERING = "nazorg@reclassering.example.nl";
    private static final String LEVENSLOOP_NOORD = "levensloop@zvh-noord.example.nl";
    private static final String ZORGINSTELLING_NOORD = "nazorg@zorginstelling-noord.example.nl";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired TaskService taken;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired BerichtenLogboek logboek;
    @Autowired Procesberichten procesberichten;
    @Autowired CasusRepository casusRepository;

    @Test
    void hetPlanGaatNietNaarDeReclasseringAlsDieNietBetrokkenIs() {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance pi = totConceptPlan(detentieId, "[\"gemeente\"]");
        stelPlanVast(pi, actie("Woning zoeken", "gemeente"), actie("ID-kaart aanvragen", "casemanager"));

        assertThat(ontvangers(detentieId, "D&R-plan")).containsExactly(VENLO);
    }

    @Test
    void hetPlanGaatNaarDeLevensloopcasemanagerEnDeZorginstellingAlsZeBetrokkenZijn() {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance pi = totConceptPlan(detentieId, "[\"levensloopcasemanager\"]");
        stelPlanVast(pi, actie("Plaatsing na TBS voorbereiden", "zorginstelling"));

        assertThat(ontvangers(detentieId, "D&R-plan")).containsExactlyInAnyOrder(LEVENSLOOP_NOORD, ZORGINSTELLING_NOORD);
        Task actie = taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ActieUitvoeren").singleResult();
        assertThat(taken.getIdentityLinksForTask(actie.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("zorginstelling-noord-limburg");
    }

    @Test
    void deOverdrachtGaatPreciesNaarWieAanWieNoemtMetDeOpenActies() {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance pi = totConceptPlan(detentieId, "[\"zvh\"]");
        stelPlanVast(pi, actie("Woning zoeken via woningcorporatie", "gemeente"),
                actie("Werktraject voorbereiden", "reclassering"));
        Task gemeente = taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ActieUitvoeren")
                .taskCandidateGroup("gemeente-GM0983").singleResult();
        taken.complete(gemeente.getId(), Map.of("uitgevoerd", true, "toelichting", "Kamer toegewezen"));

        procesberichten.uitDetentie(casusRepository.zoek(detentieId).orElseThrow(), LocalDate.of(2026, 4, 20), "GM0983");
        String overdracht = casussen.taak(pi, "Task_WarmeOverdracht");
        assertThat(String.valueOf(runtime.getVariable(pi.getId(), "overdragenAan")))
                .as("vooraf: wie in 1f staat en de uitvoerders van de acties").isEqualTo("[\"gemeente\",\"zvh\",\"reclassering\"]");

        taken.complete(overdracht, Map.of("overdragenAan",
                SpinValues.jsonValue("[\"reclassering\", \"levensloopcasemanager\"]").create()));
        casussen.voerJobUit(pi, "Task_VerstuurOverdracht");

        List<BerichtenLogboek.VerzondenBericht> berichten = logboek.voorCasus(detentieId).stream()
                .filter(b -> b.onderwerp().startsWith("Warme overdracht")).toList();
        assertThat(berichten).extracting(BerichtenLogboek.VerzondenBericht::ontvanger)
                .containsExactlyInAnyOrder(RECLASSERING, LEVENSLOOP_NOORD);
        assertThat(berichten.get(0).inhoud())
                .contains("Overdracht aan: Reclassering, Levensloopcasemanager")
                .contains("- Reclassering: Werktraject voorbereiden (streefdatum 30 april 2026; nog open)")
                .doesNotContain("Woning zoeken via woningcorporatie");
    }

    @Test
    void deCoordinatorClaimtEnVoltooitHetConceptPlan() {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance pi = totConceptPlan(detentieId, "[\"gemeente\"]");
        String taak = casussen.taak(pi, "Task_ConceptPlanOpstellen");
        assertThat(taken.getIdentityLinksForTask(taak)).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("casemanager-ter-peel", "coordinator-nazorg-noord-limburg");

        ApiKlant coordinator = new ApiKlant(poort, "coord-noord");
        assertThat(coordinator.get("/engine-rest/task?processInstanceId=" + pi.getId()).body()).contains(taak);
        assertThat(coordinator.post("/engine-rest/task/" + taak + "/claim", "{\"userId\": \"coord-noord\"}").statusCode())
                .isEqualTo(204);
        assertThat(coordinator.post("/engine-rest/task/" + taak + "/complete", """
                {"variables": {"actielijst": {"type": "Json", "value": "[{\\"omschrijving\\": \\"Woning zoeken\\", \\"leefgebied\\": \\"huisvesting\\", \\"partij\\": \\"gemeente\\", \\"streefdatum\\": \\"2026-04-30\\"}]"}}}
                """).statusCode()).isEqualTo(204);
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PlanVaststellen").count())
                .isOne();
    }

    @Test
    void voorEenZvhClientSteltDeProcesregisseurHetConceptMeeOp() {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance pi = casussen.totBeoordeelBekendheid(detentieId, "ter-peel", "GM0983");
        taken.complete(casussen.taak(pi, "Task_BeoordeelBekendheid"), Map.of("zvhClient", true));
        casussen.voerJobUit(pi, "Task_InformeerPi");
        naarConcept(pi, "[\"zvh\"]");

        assertThat(taken.getIdentityLinksForTask(casussen.taak(pi, "Task_ConceptPlanOpstellen")))
                .extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("casemanager-ter-peel", "procesregisseur-noord-limburg");
    }

    /** A non-ZVH case of Venlo in PI Ter Peel, with these partners named in 1f, up to the concept plan. */
    private ProcessInstance totConceptPlan(String detentieId, String betrokkenPartijen) {
        ProcessInstance pi = casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        naarConcept(pi, betrokkenPartijen);
        return pi;
    }

    private void naarConcept(ProcessInstance pi, String betrokkenPartijen) {
        taken.complete(casussen.taak(pi, "Task_ContactLeggen"));
        taken.complete(casussen.taak(pi, "Task_ProcesAfstemmen"), Map.of("betrokkenPartijen",
                SpinValues.jsonValue(betrokkenPartijen).create()));
        taken.complete(casussen.taak(pi, "Task_Intakegesprek"), Map.of("hulpvraagHuisvesting", true));
        taken.complete(casussen.taak(pi, "Task_Informatieblad"));
        casussen.voerJobUit(pi, "Task_DeelInformatieblad");
        taken.complete(casussen.taak(pi, "Task_VerrijkInformatie"));
        management.createJobQuery().processInstanceId(pi.getId()).activityId("Gateway_BeeldvormingKlaar").list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private void stelPlanVast(ProcessInstance pi, String... acties) {
        taken.complete(casussen.taak(pi, "Task_ConceptPlanOpstellen"), Map.of("actielijst",
                SpinValues.jsonValue("[" + String.join(",", acties) + "]").create()));
        taken.complete(casussen.taak(pi, "Task_PlanVaststellen"), Map.of("planVastgesteld", true));
        casussen.voerJobUit(pi, "Task_DeelPlan");
    }

    private static String actie(String omschrijving, String partij) {
        return "{\"omschrijving\": \"%s\", \"leefgebied\": \"huisvesting\", \"partij\": \"%s\", \"streefdatum\": \"2026-04-30\"}"
                .formatted(omschrijving, partij);
    }

    private List<String> ontvangers(String detentieId, String onderwerp) {
        return logboek.voorCasus(detentieId).stream().filter(b -> b.onderwerp().startsWith(onderwerp))
                .map(BerichtenLogboek.VerzondenBericht::ontvanger).toList();
    }
}
