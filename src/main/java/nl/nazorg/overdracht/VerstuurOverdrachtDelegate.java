package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMGEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.util.Set;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.Documentverzending;
import nl.nazorg.plan.Betrokkenheid;
import nl.nazorg.plan.PartnerPostbussen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Memo 5a: the warm handover, rendered as PDF and kept with the case, goes by mail to exactly the partners the
 * casemanager ticked in "Aan wie" ({@code overdragenAan}, prefilled with those involved), with the open actions and
 * their state. The gemeente is the uitstroomgemeente when the uit-detentiemelding named one (that gemeente takes
 * over), else the gemeente of registration; without a configured mailbox it is skipped and nothing is recorded for
 * it. A failure to send fails the job (retries, then an incident).
 */
@Component("verstuurOverdrachtDelegate")
public class VerstuurOverdrachtDelegate implements JavaDelegate {

    private final Documentverzending verzending;
    private final PartnerPostbussen postbussen;
    private final OverdrachtDocument document;
    private final OverdrachtTekst overdrachtTekst;

    public VerstuurOverdrachtDelegate(Documentverzending verzending, PartnerPostbussen postbussen,
                                      OverdrachtDocument document, OverdrachtTekst overdrachtTekst) {
        this.verzending = verzending;
        this.postbussen = postbussen;
        this.document = document;
        this.overdrachtTekst = overdrachtTekst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        Set<String> ontvangers = postbussen.van(Betrokkenheid.aangevinkt(execution, Betrokkenheid.OVERDRAGEN_AAN),
                ProcesVariabelen.verplichteTekst(execution, ZVH_REGIO), ontvangendeGemeente(execution));

        Overdracht overdracht = document.gegevens(execution);
        verzending.verstuur(execution, new Documentverzending.Zending(detentieId, Document.Soort.OVERDRACHT,
                Bericht.Kanaal.MAIL, "Warme overdracht detentie " + detentieId), document.pdf(overdracht), ontvangers,
                bestandsnaam -> overdrachtTekst.van(overdracht, bestandsnaam));
    }

    private static String ontvangendeGemeente(DelegateExecution execution) {
        String uitstroomgemeente = ProcesVariabelen.tekst(execution, UITSTROOMGEMEENTE_CODE);
        return uitstroomgemeente == null || uitstroomgemeente.isBlank()
                ? ProcesVariabelen.tekst(execution, GEMEENTE_CODE) : uitstroomgemeente;
    }
}
