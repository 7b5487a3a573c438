package nl.nazorg.overdracht;

import nl.nazorg.plan.Betrokkenheid;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "Aan wie" of the warm handover starts with the partners involved so far (named in 1f, partij of an action): a Camunda
 * Form fills a field from the process variable with its key, so the variable is set when the task is created. A
 * choice the casemanager already made (a handover prepared again) stays.
 */
@Component
public class OverdrachtOntvangersVooraf {

    static final String WARME_OVERDRACHT = "Task_WarmeOverdracht";

    private final Betrokkenheid betrokkenheid;

    public OverdrachtOntvangersVooraf(Betrokkenheid betrokkenheid) {
        this.betrokkenheid = betrokkenheid;
    }

    /** Camunda's Spring event bridge publishes every task event (camunda.bpm.eventing.task, on by default). */
    @EventListener(condition = "#taak.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void bijAanmaak(DelegateTask taak) {
        if (WARME_OVERDRACHT.equals(taak.getTaskDefinitionKey())
                && taak.getVariable(Betrokkenheid.OVERDRAGEN_AAN) == null) {
            taak.getExecution().setVariable(Betrokkenheid.OVERDRAGEN_AAN, betrokkenheid.voorOverdracht(taak));
        }
    }
}
