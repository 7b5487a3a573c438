package nl.nazorg.monitoring;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMGEMEENTE_CODE;

import java.time.LocalDate;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.UitstroomGemeld;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The uitstroom is known: from the uit-detentiemelding (during or after the detention steps, or kept with the case
 * while the handover is prepared) or from the casemanager's check. Bijlage 2 counts it from that moment, whether or
 * not the handover is finished.
 */
@Component("uitstroomVastgelegdListener")
public class UitstroomVastgelegdListener implements ExecutionListener {

    private final Rapportagetabellen rapportage;

    public UitstroomVastgelegdListener(Rapportagetabellen rapportage) {
        this.rapportage = rapportage;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LocalDate uitstroomdatum = ProcesVariabelen.datum(execution, UITSTROOMDATUM);
        if (uitstroomdatum != null) {
            rapportage.uitstroom(ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID), uitstroomdatum,
                    ProcesVariabelen.tekst(execution, UITSTROOMGEMEENTE_CODE));
        }
    }

    @EventListener
    public void gemeld(UitstroomGemeld melding) {
        rapportage.uitstroom(melding.detentieId(), melding.uitstroomdatum(), melding.uitstroomgemeenteCode());
    }
}
