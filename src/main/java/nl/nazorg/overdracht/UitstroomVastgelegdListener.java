package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMGEMEENTE_CODE;

import java.time.LocalDate;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.UitstroomGemeld;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The uitstroom is known in the process: from the uit-detentiemelding (during or after the detention steps) or from
 * the casemanager's check. Bijlage 2 counts it from that moment, whether or not the handover is finished.
 */
@Component("uitstroomVastgelegdListener")
public class UitstroomVastgelegdListener implements ExecutionListener {

    private final ApplicationEventPublisher gebeurtenissen;

    public UitstroomVastgelegdListener(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LocalDate uitstroomdatum = ProcesVariabelen.datum(execution, UITSTROOMDATUM);
        if (uitstroomdatum != null) {
            gebeurtenissen.publishEvent(new UitstroomGemeld(ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID),
                    uitstroomdatum, ProcesVariabelen.tekst(execution, UITSTROOMGEMEENTE_CODE)));
        }
    }
}
