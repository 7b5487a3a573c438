package nl.nazorg.partner;

import org.springframework.stereotype.Component;

/** Built-in channel: records each message with the case, so what went out can be seen without a mail server. */
@Component
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
