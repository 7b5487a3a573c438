package nl.nazorg.beeldvorming;

import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.BerichtenLogboek;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Built-in Injus ({@code nazorg.koppelingen.injus.modus: ingebouwd}, the default): records the informatieblad as
 * shared with the region's ZVH in the case's record. With {@code http}, {@link HttpInjus} delivers it and records the
 * same entry.
 */
@Component
@ConditionalOnProperty(prefix = "nazorg.koppelingen.injus", name = "modus", havingValue = "ingebouwd", matchIfMissing = true)
public class IngebouwdeInjus implements Injus {

    private final BerichtenLogboek logboek;

    public IngebouwdeInjus(BerichtenLogboek logboek) {
        this.logboek = logboek;
    }

    @Override
    public void deelInformatieblad(Informatieblad blad) {
        logboek.legVast(alsBericht(blad));
    }

    /** The logboek entry for a shared informatieblad, the same for the built-in and the HTTP Injus. */
    static Bericht alsBericht(Informatieblad blad) {
        return new Bericht(blad.sleutel(), blad.detentieId(), Bericht.Kanaal.INJUS, "zvh-" + blad.zvhRegio(),
                "Informatieblad detentie " + blad.detentieId(), blad.inhoud());
    }
}
