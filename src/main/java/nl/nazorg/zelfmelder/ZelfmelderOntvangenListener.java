package nl.nazorg.zelfmelder;

import static nl.nazorg.casus.NazorgVariabelen.BSN;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_NAAM;

import java.time.LocalDate;

import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.PersoonSlot;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.CasusAutorisaties;
import nl.nazorg.identity.ZonderAutorisatiecontrole;
import nl.nazorg.melding.BsnControle;
import nl.nazorg.identity.GemeenteTabel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Runs when a zelfmelder case starts, in the transaction of the melding: checks it, sets the week deadlines,
 * records the case (primary key on zelfmelderId: one case per zelfmelder) and gives the gemeente access.
 */
@Component("zelfmelderOntvangenListener")
public class ZelfmelderOntvangenListener implements ExecutionListener {

    private final ZelfmelderRepository zelfmelders;
    private final ZelfmelderTermijnen termijnen;
    private final CasusAutorisaties autorisaties;
    private final GemeenteTabel gemeenten;
    private final PersoonSlot persoonSlot;
    private final ApplicationEventPublisher gebeurtenissen;

    public ZelfmelderOntvangenListener(ZelfmelderRepository zelfmelders, ZelfmelderTermijnen termijnen,
                                       CasusAutorisaties autorisaties, GemeenteTabel gemeenten, PersoonSlot persoonSlot,
                                       ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.persoonSlot = persoonSlot;
        this.zelfmelders = zelfmelders;
        this.termijnen = termijnen;
        this.autorisaties = autorisaties;
        this.gemeenten = gemeenten;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ZonderAutorisatiecontrole.uitvoeren(() -> registreer(execution));
    }

    private void registreer(DelegateExecution execution) {
        String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
        if (!BsnControle.isGeldig(ProcesVariabelen.verplichteTekst(execution, BSN))) {
            throw new OngeldigeProcesinvoerException("Veld 'bsn' is geen geldig burgerservicenummer (elfproef)");
        }
        String bsn = ProcesVariabelen.verplichteTekst(execution, BSN);
        persoonSlot.vergrendel(bsn);
        if (isInDetentie(execution, bsn)) {
            throw new AlInDetentieException();
        }
        String gemeenteCode = gemeenten.bekende(GEMEENTE_CODE, ProcesVariabelen.verplichteTekst(execution, GEMEENTE_CODE)).code();
        LocalDate oproepdatum = ProcesVariabelen.verplichteDatum(execution, ZelfmelderVariabelen.OPROEPDATUM);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(zelfmelderId);
        }
        if (execution.getVariable(GEMEENTE_NAAM) == null) {
            execution.setVariable(GEMEENTE_NAAM, gemeenten.zoek(gemeenteCode).map(GemeenteTabel.Gemeente::naam).orElse(gemeenteCode));
        }
        termijnen.zetWeekdeadlines(execution);
        try {
            zelfmelders.registreer(new ZelfmelderRepository.ZelfmelderCasus(zelfmelderId, execution.getProcessInstanceId(),
                    gemeenteCode, oproepdatum));
        } catch (DuplicateKeyException e) {
            throw new ZelfmelderBestaatAlException(zelfmelderId);
        }
        gebeurtenissen.publishEvent(new Zelfmeldergebeurtenissen.Gemeld(zelfmelderId, gemeenteCode, oproepdatum));
        autorisaties.bijZelfmelder(execution.getProcessInstanceId(), gemeenteCode);
    }

    /** An open nazorg case without an uit-detentiemelding: this person has already reported in a PI. */
    private static boolean isInDetentie(DelegateExecution execution, String bsn) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        return runtime.createProcessInstanceQuery().processDefinitionKey("nazorg").variableValueEquals(BSN, bsn).list().stream()
                .anyMatch(nazorg -> runtime.getVariable(nazorg.getId(), NazorgVariabelen.UITSTROOMDATUM) == null);
    }
}
