package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.AFGESLOTEN_OP;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMGEMEENTE_CODE;

import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnen;
import nl.nazorg.zvh.ZvhRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Memo 5b: records the uitstroom with the case and closes it in GCOS. */
@Component("casusAfsluitenDelegate")
public class CasusAfsluitenDelegate implements JavaDelegate {

    private final CasusRepository casussen;
    private final ZvhRegister zvhRegister;

    public CasusAfsluitenDelegate(CasusRepository casussen, ZvhRegister zvhRegister) {
        this.casussen = casussen;
        this.zvhRegister = zvhRegister;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        casussen.sluit(detentieId, ProcesVariabelen.datum(execution, UITSTROOMDATUM),
                ProcesVariabelen.tekst(execution, UITSTROOMGEMEENTE_CODE));
        zvhRegister.sluitCasus(detentieId);
        execution.setVariable(AFGESLOTEN_OP, Termijnen.nu());
    }
}
