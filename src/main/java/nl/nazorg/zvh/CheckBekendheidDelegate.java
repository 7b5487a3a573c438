package nl.nazorg.zvh;

import static nl.nazorg.casus.NazorgVariabelen.BEKEND_BIJ_GEMEENTE;
import static nl.nazorg.casus.NazorgVariabelen.BEKEND_BIJ_ZVH;
import static nl.nazorg.casus.NazorgVariabelen.BSN;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.PROCESREGISSEUR;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_CLIENT;

import java.util.Optional;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Memo 1c: is the person known to the ZVH or the gemeente teams? Proposes zvhClient for the administration to confirm. */
@Component("checkBekendheidDelegate")
public class CheckBekendheidDelegate implements JavaDelegate {

    private final ZvhRegister zvhRegister;
    private final GemeenteTeams gemeenteTeams;

    public CheckBekendheidDelegate(ZvhRegister zvhRegister, GemeenteTeams gemeenteTeams) {
        this.zvhRegister = zvhRegister;
        this.gemeenteTeams = gemeenteTeams;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String bsn = ProcesVariabelen.verplichteTekst(execution, BSN);
        Optional<ZvhRegister.ZvhPersoon> persoon = zvhRegister.zoekPersoon(bsn);
        execution.setVariable(BEKEND_BIJ_ZVH, persoon.isPresent());
        execution.setVariable(PROCESREGISSEUR, persoon.map(ZvhRegister.ZvhPersoon::procesregisseur).orElse(null));
        execution.setVariable(BEKEND_BIJ_GEMEENTE,
                gemeenteTeams.isBekend(bsn, ProcesVariabelen.verplichteTekst(execution, GEMEENTE_CODE)));
        execution.setVariable(ZVH_CLIENT, persoon.isPresent());
    }
}
