package nl.nazorg.zvh;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Memo 2d: the procesregisseur refused the opschaling. The coördinator nazorg, who asked for it and stays regievoerder,
 * hears the reason through GCOS; the reason also stays with the case ({@code redenWeigeringOpschaling}, shown in the
 * trajectgesprek).
 */
@Component("weigeringOpschalingMeldenDelegate")
public class WeigeringOpschalingMeldenDelegate implements JavaDelegate {

    private final Groepen groepen;
    private final PartnerBerichten berichten;

    public WeigeringOpschalingMeldenDelegate(Groepen groepen, PartnerBerichten berichten) {
        this.groepen = groepen;
        this.berichten = berichten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String coordinator = groepen.regievoerder(execution);
        String inhoud = """
                Detentie: %s
                Gedetineerde: %s %s
                De procesregisseur ZVH neemt de regie niet over; u blijft regievoerder.
                Reden: %s""".formatted(detentieId,
                ProcesVariabelen.tekst(execution, VOORLETTERS), ProcesVariabelen.tekst(execution, ACHTERNAAM),
                ProcesVariabelen.verplichteTekst(execution, OpschalingAfgestemdListener.REDEN_WEIGERING));
        berichten.verstuur(new Bericht(Bericht.sleutel(execution, coordinator), detentieId, Bericht.Kanaal.GCOS,
                coordinator, "Opschaling naar ZVH geweigerd voor casus " + detentieId, inhoud));
    }
}
