package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.NIEUWE_ACTIES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Memo 4b: a plan revision starts in a scope of its own (an event sub-process, which Camunda gives no input mapping):
 * the goals as adopted so far, to edit, and the MDO's verdict and remarks of this revision, empty. The new actions
 * are a JSON list from the start: Tasklist submits a list field with the type of the variable it found, and refuses a
 * list for a variable without value (type Null).
 */
@Component("herzieningGestartListener")
public class HerzieningGestartListener implements ExecutionListener {

    static final String PLAN_VASTGESTELD = "planVastgesteld";
    static final String OPMERKINGEN_MDO = "opmerkingenMdo";

    @Override
    public void notify(DelegateExecution herziening) {
        herziening.setVariableLocal(PlanHerzieningListener.DOELEN,
                herziening.getProcessInstance().getVariable(PlanHerzieningListener.DOELEN));
        herziening.setVariableLocal(PlanHerzieningListener.DOELEN_GEWIJZIGD, null);
        herziening.setVariableLocal(PLAN_VASTGESTELD, null);
        herziening.setVariableLocal(OPMERKINGEN_MDO, null);
        herziening.setVariableLocal(NIEUWE_ACTIES, SpinValues.jsonValue("[]").create());
    }
}
