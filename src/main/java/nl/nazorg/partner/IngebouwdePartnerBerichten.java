package nl.nazorg.partner;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Built-in channel ({@code nazorg.berichten.kanaal: logboek}, the default): records each message with the case,
 * attachment name included, so what went out can be seen without a mail server.
 */
@Component
@ConditionalOnProperty(name = "nazorg.berichten.kanaal", havingValue = "logboek", matchIfMissing = true)
public class IngebouwdePartnerBerichten implements PartnerBerichten {

    private final BerichtenLogboek logboek;

    public IngebouwdePartnerBerichten(BerichtenLogboek logboek) {
        this.logboek = logboek;
    }

    @Override
    public void verstuur(Bericht bericht) {
        logboek.legVast(bericht);
    }
}
