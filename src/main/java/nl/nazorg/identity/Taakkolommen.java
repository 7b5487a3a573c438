package nl.nazorg.identity;

import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Set;

import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a task carries itself for the Tasklist columns ({@link TasklistFilters}). Tasklist reads the columns with a
 * variable query, which Camunda answers per variable: process variables need READ on the case, task variables READ on
 * the task. The gemeente and the reclassering work actions of nazorg cases they may not read as a whole (no intake,
 * no plan), so their tasks get the columns as task variables, which their candidate group may read: the name of
 * their own tasks, never another case. Every action task also gets its description, the column "Actie".
 */
@Component
public class Taakkolommen {

    public static final String ACTIE = "actieOmschrijving";
    static final Set<String> ACTIE_UITVOEREN = Set.of("Task_ActieUitvoeren", "Task_NieuweActieUitvoeren");
    static final List<String> CASUSKOLOMMEN = List.of(NazorgVariabelen.ACHTERNAAM, NazorgVariabelen.VOORLETTERS,
            NazorgVariabelen.DETENTIE_ID, NazorgVariabelen.PI_CODE, NazorgVariabelen.GEMEENTE_NAAM);

    /** Camunda's Spring event bridge publishes every task event (camunda.bpm.eventing.task, on by default). */
    @EventListener(condition = "#taak.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void bijAanmaak(DelegateTask taak) {
        if (ACTIE_UITVOEREN.contains(taak.getTaskDefinitionKey())) {
            String omschrijving = omschrijving(taak.getVariable(NazorgVariabelen.ACTIE));
            if (omschrijving != null) {
                taak.setVariableLocal(ACTIE, omschrijving);
            }
        }
        if (isNazorg(taak) && !leestCasus(taak)) {
            for (String kolom : CASUSKOLOMMEN) {
                Object waarde = taak.getVariable(kolom);
                if (waarde != null) {
                    taak.setVariableLocal(kolom, waarde);
                }
            }
        }
    }

    /** Tasks that carry their own columns show the new PI after an overplaatsing; they stay with their own group. */
    static void bijOverplaatsing(String processInstanceId, String nieuwePi) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return;
        }
        for (TaskEntity taak : context.getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
            if (taak.hasVariableLocal(NazorgVariabelen.PI_CODE)) {
                taak.setVariableLocal(NazorgVariabelen.PI_CODE, nieuwePi);
            }
        }
    }

    private static boolean isNazorg(DelegateTask taak) {
        return taak.getProcessDefinitionId() != null && taak.getProcessDefinitionId().startsWith("nazorg:");
    }

    /** Whether one of the task's candidate groups reads the case (CasusAutorisaties: the groups of its PI and region). */
    private static boolean leestCasus(DelegateTask taak) {
        String piCode = ProcesVariabelen.tekst(taak, NazorgVariabelen.PI_CODE);
        String zvhRegio = ProcesVariabelen.tekst(taak, NazorgVariabelen.ZVH_REGIO);
        if (piCode == null || zvhRegio == null) {
            return false;
        }
        List<String> lezers = Groepsindeling.groepenVanCasus(piCode, zvhRegio);
        return taak.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(lezers::contains);
    }

    private static String omschrijving(Object actie) {
        if (actie == null) {
            return null;
        }
        SpinJsonNode node = JSON(actie);
        return node.hasProp("omschrijving") && node.prop("omschrijving").isString()
                ? node.prop("omschrijving").stringValue() : null;
    }
}
