package nl.nazorg.beeldvorming;

import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.BerichtenLogboek;
import org.springframework.stereotype.Component;

/** Built-in Injus: records the informatieblad as shared with the region's ZVH in the case's record. */
@Component
public class IngebouwdeInjus implements Injus {

    private final BerichtenLogboek logboek;

    public IngebouwdeInjus(BerichtenLogboek logboek) {
        this.logboek = logboek;
    }

    @Override
    public void deelInformatieblad(Informatieblad blad) {
        logboek.legVast(new Bericht(blad.sleutel(), blad.detentieId(), Bericht.Kanaal.INJUS, "zvh-" + blad.zvhRegio(),
                "Informatieblad detentie " + blad.detentieId(), blad.inhoud()));
    }
}
