package nl.nazorg.termijn;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.TERMIJN;

import java.time.OffsetDateTime;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.Termijn;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A deadline is near while its work is open: records the warning and mails the group that must act. Tasklist shows
 * the same through the task's follow-up date (filter "Termijn nadert").
 */
@Component("termijnWaarschuwingDelegate")
public class TermijnWaarschuwingDelegate implements JavaDelegate {

    private final TermijnwaarschuwingRepository waarschuwingen;
    private final Termijnverantwoordelijken verantwoordelijken;
    private final PartnerBerichten berichten;
    private final ApplicationEventPublisher gebeurtenissen;

    public TermijnWaarschuwingDelegate(TermijnwaarschuwingRepository waarschuwingen,
                                       Termijnverantwoordelijken verantwoordelijken, PartnerBerichten berichten,
                                       ApplicationEventPublisher gebeurtenissen) {
        this.waarschuwingen = waarschuwingen;
        this.verantwoordelijken = verantwoordelijken;
        this.berichten = berichten;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Termijn termijn = Termijn.vanCode(ProcesVariabelen.verplichteTekst(execution, TERMIJN));
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        OffsetDateTime deadline = OffsetDateTime.parse(ProcesVariabelen.verplichteTekst(execution, termijn.deadlineVariabele()));
        Aanspreekpunt aanspreekpunt = verantwoordelijken.voor(termijn, execution);
        if (waarschuwingen.legVast(detentieId, termijn, deadline, aanspreekpunt)) {
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, aanspreekpunt.mailbox() + "/" + termijn.code()),
                    detentieId, Bericht.Kanaal.MAIL, aanspreekpunt.mailbox(),
                    "Termijn " + termijn.code() + " nadert voor detentie " + detentieId,
                    ("De termijn '%s' voor detentie %s verloopt op %s en het werk staat nog open bij groep %s. "
                            + "In Tasklist staat de taak in het filter 'Termijn nadert'.")
                            .formatted(termijn.code(), detentieId, deadline.atZoneSameInstant(Termijnen.AMSTERDAM).toLocalDate(),
                                    aanspreekpunt.groep())));
            gebeurtenissen.publishEvent(new TermijnGewaarschuwd(detentieId, termijn, Termijnen.vandaag()));
        }
    }
}
