package nl.nazorg.zelfmelder;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The gemeente did not reach the zelfmelder in all its attempts: the outcome is recorded, and without a talk no uitstel
 * is requested; the gemeente still writes the plan from the screening, so the PI gets one at the melding.
 */
@Component("registreerOnbereikbaarDelegate")
public class RegistreerOnbereikbaarDelegate implements JavaDelegate {

    private final ZelfmelderRepository zelfmelders;

    public RegistreerOnbereikbaarDelegate(ZelfmelderRepository zelfmelders) {
        this.zelfmelders = zelfmelders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ZelfmelderVariabelen.ONBEREIKBAAR, true);
        execution.setVariable(ZelfmelderVariabelen.UITSTEL_NODIG, false);
        zelfmelders.onbereikbaar(ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID));
    }
}
