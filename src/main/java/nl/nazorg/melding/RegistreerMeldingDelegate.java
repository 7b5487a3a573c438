package nl.nazorg.melding;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.zvh.ZvhRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Memo 1a–b: the ZVH administration receives the melding and registers the case in GCOS. */
@Component("registreerMeldingDelegate")
public class RegistreerMeldingDelegate implements JavaDelegate {

    private final ZvhRegister zvhRegister;

    public RegistreerMeldingDelegate(ZvhRegister zvhRegister) {
        this.zvhRegister = zvhRegister;
    }

    @Override
    public void execute(DelegateExecution execution) {
        zvhRegister.registreerCasus(ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID),
                ProcesVariabelen.verplichteTekst(execution, ZVH_REGIO));
    }
}
