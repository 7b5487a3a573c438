package nl.nazorg;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Starts and advances nazorg cases the way the engine's callers do, for tests outside the process suite. */
@Component
public class TestCasussen {

    private final RuntimeService runtime;
    private final TaskService taken;
    private final ManagementService management;

    public TestCasussen(RuntimeService runtime, TaskService taken, ManagementService management) {
        this.runtime = runtime;
        this.taken = taken;
        this.management = management;
    }

    public static Map<String, Object> melding(String detentieId, String piCode, String gemeenteCode) {
        Map<String, Object> melding = new HashMap<>();
        melding.put("detentieId", detentieId);
        melding.put("bsn", "111222333");
        melding.put("achternaam", "Jansen");
        melding.put("voorletters", "P.");
        melding.put("geboortedatum", "1990-05-17");
        melding.put("geslacht", "M");
        melding.put("gemeenteCode", gemeenteCode);
        melding.put("gemeenteNaam", gemeenteCode);
        melding.put("piCode", piCode);
        melding.put("insluitingsdatum", "2026-03-02");
        melding.put("voorlopigeHechtenis", false);
        return melding;
    }

    public static String nieuwDetentieId() {
        return "DET-" + UUID.randomUUID();
    }

    public ProcessInstance start(String detentieId, String piCode, String gemeenteCode) {
        return runtime.createMessageCorrelation("EersteDagsmelding")
                .processInstanceBusinessKey(detentieId)
                .setVariables(melding(detentieId, piCode, gemeenteCode))
                .correlateStartMessage();
    }

    /** Runs the async steps of step 1 up to the ZVH administration's assessment. */
    public ProcessInstance totBeoordeelBekendheid(String detentieId, String piCode, String gemeenteCode) {
        ProcessInstance pi = start(detentieId, piCode, gemeenteCode);
        voerJobUit(pi, "Task_RegistreerMelding");
        voerJobUit(pi, "Task_CheckBekendheid");
        return pi;
    }

    /** Up to the casemanager's first task, "Contact leggen met regievoerder". */
    public ProcessInstance totContactLeggen(String detentieId, String piCode, String gemeenteCode) {
        ProcessInstance pi = totBeoordeelBekendheid(detentieId, piCode, gemeenteCode);
        taken.complete(taak(pi, "Task_BeoordeelBekendheid"), Map.of("zvhClient", false));
        voerJobUit(pi, "Task_InformeerPi");
        return pi;
    }

    /** Through intake, planvorming and the MDO up to step 4, with one action for the gemeente. */
    public ProcessInstance totUitvoering(String detentieId, String piCode, String gemeenteCode) {
        ProcessInstance pi = totContactLeggen(detentieId, piCode, gemeenteCode);
        taken.complete(taak(pi, "Task_ContactLeggen"));
        taken.complete(taak(pi, "Task_ProcesAfstemmen"), Map.of("betrokkenPartijen",
                SpinValues.jsonValue("[\"zvh\", \"reclassering\"]").create()));
        taken.complete(taak(pi, "Task_Intakegesprek"), Map.of("hulpvraagHuisvesting", true, "notitieHuisvesting", "Geen woning na uitstroom"));
        taken.complete(taak(pi, "Task_Informatieblad"));
        voerJobUit(pi, "Task_DeelInformatieblad");
        taken.complete(taak(pi, "Task_VerrijkInformatie"));
        management.createJobQuery().processInstanceId(pi.getId()).activityId("Gateway_BeeldvormingKlaar").list()
                .forEach(job -> management.executeJob(job.getId()));
        taken.complete(taak(pi, "Task_ConceptPlanOpstellen"), Map.of("actielijst", SpinValues.jsonValue(
                "[{\"omschrijving\": \"Woning zoeken via woningcorporatie\", \"leefgebied\": \"huisvesting\", "
                        + "\"partij\": \"gemeente\", \"streefdatum\": \"2026-04-30\"}]").create()));
        taken.complete(taak(pi, "Task_PlanVaststellen"), Map.of("planVastgesteld", true));
        voerJobUit(pi, "Task_DeelPlan");
        return pi;
    }

    public String taak(ProcessInstance pi, String taakKey) {
        return taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taakKey).singleResult().getId();
    }

    public void voerJobUit(ProcessInstance pi, String activiteit) {
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId(activiteit).singleResult().getId());
    }
}
