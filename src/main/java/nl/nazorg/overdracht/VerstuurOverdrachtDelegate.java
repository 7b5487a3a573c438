package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.OVERDRACHT_RECLASSERING;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMGEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.Bijlage;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.DocumentArchief;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Memo 5a: the warm handover, rendered as PDF and kept with the case, goes by mail to the ZVH of the region, the
 * gemeente and, when involved ({@code overdrachtReclassering}), reclassering. The gemeente is the uitstroomgemeente
 * when the uit-detentiemelding named one (that gemeente takes over), else the gemeente of registration; without a
 * configured mailbox it is skipped and nothing is recorded for it. A failure to send fails the job (retries, then
 * an incident).
 */
@Component("verstuurOverdrachtDelegate")
public class VerstuurOverdrachtDelegate implements JavaDelegate {

    private final PartnerBerichten berichten;
    private final PartnerAdressen adressen;
    private final OverdrachtDocument document;
    private final DocumentArchief archief;
    private final OverdrachtTekst overdrachtTekst;

    public VerstuurOverdrachtDelegate(PartnerBerichten berichten, PartnerAdressen adressen, OverdrachtDocument document,
                                      DocumentArchief archief, OverdrachtTekst overdrachtTekst) {
        this.berichten = berichten;
        this.adressen = adressen;
        this.document = document;
        this.archief = archief;
        this.overdrachtTekst = overdrachtTekst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        Set<String> ontvangers = new LinkedHashSet<>();
        ontvangers.add(adressen.regioMailbox(ProcesVariabelen.verplichteTekst(execution, ZVH_REGIO)));
        adressen.gemeenteMailbox(ontvangendeGemeente(execution)).ifPresent(ontvangers::add);
        if (ProcesVariabelen.waar(execution, OVERDRACHT_RECLASSERING)) {
            ontvangers.add(adressen.reclasseringMailbox());
        }

        Overdracht overdracht = document.gegevens(execution);
        Bijlage pdf = archief.bewaar(DocumentArchief.sleutel(execution, Document.Soort.OVERDRACHT), detentieId,
                Document.Soort.OVERDRACHT, document.pdf(overdracht)).alsBijlage();
        String inhoud = overdrachtTekst.van(overdracht, pdf.bestandsnaam());
        for (String ontvanger : ontvangers) {
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, ontvanger), detentieId, Bericht.Kanaal.MAIL,
                    ontvanger, "Warme overdracht detentie " + detentieId, inhoud, pdf));
        }
    }

    private static String ontvangendeGemeente(DelegateExecution execution) {
        String uitstroomgemeente = ProcesVariabelen.tekst(execution, UITSTROOMGEMEENTE_CODE);
        return uitstroomgemeente == null || uitstroomgemeente.isBlank()
                ? ProcesVariabelen.tekst(execution, GEMEENTE_CODE) : uitstroomgemeente;
    }
}
