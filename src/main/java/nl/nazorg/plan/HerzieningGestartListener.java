package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.NIEUWE_ACTIES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Memo 4b: a plan revision starts with no new actions of its own. The list is a JSON variable of the revision's scope
 * from the start: Tasklist submits a list field with the type of the variable it found, and refuses a list for a
 * variable declared without value (type Null).
 */
@Component("herzieningGestartListener")
public class HerzieningGestartListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution herziening) {
        herziening.setVariableLocal(NIEUWE_ACTIES, SpinValues.jsonValue("[]").create());
    }
}
