package nl.nazorg.zelfmelder;

import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The zelfmelder reacted, by message (ReactieZelfmelder, in whatever step the case is) or to the gemeente (recorded in
 * Tasklist): the moment of the first reaction is kept in reactieOntvangenOp, on the case, where the model's
 * conditional events wait for it. A later reaction changes nothing.
 */
@Component("reactieZelfmelderListener")
public class ReactieZelfmelderListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(ZelfmelderVariabelen.REACTIE_ONTVANGEN_OP) == null) {
            execution.getProcessInstance().setVariable(ZelfmelderVariabelen.REACTIE_ONTVANGEN_OP, Termijnen.nu());
        }
    }
}
