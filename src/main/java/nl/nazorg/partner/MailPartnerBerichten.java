package nl.nazorg.partner;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Mail channel ({@code nazorg.berichten.kanaal: smtp}): a {@link Bericht.Kanaal#MAIL MAIL} message is recorded in the
 * logboek and put in the outbox ({@link UitgaandeMail}) in the transaction of the step that sends it, and
 * {@link MailVerzender} sends it from there once that transaction has committed. A step that fails after this call
 * leaves no mail behind; a job that runs again finds its mail already recorded. Messages for other channels (GCOS,
 * Injus notices) are recorded only.
 */
@Component
@ConditionalOnProperty(name = "nazorg.berichten.kanaal", havingValue = "smtp")
public class MailPartnerBerichten implements PartnerBerichten {

    private final BerichtenLogboek logboek;
    private final UitgaandeMail uitgaandeMail;

    public MailPartnerBerichten(BerichtenLogboek logboek, UitgaandeMail uitgaandeMail) {
        this.logboek = logboek;
        this.uitgaandeMail = uitgaandeMail;
    }

    @Override
    public void verstuur(Bericht bericht) {
        if (logboek.legVast(bericht) && bericht.kanaal() == Bericht.Kanaal.MAIL) {
            uitgaandeMail.zetKlaar(bericht, ClockUtil.getCurrentTime().toInstant());
        }
    }
}
