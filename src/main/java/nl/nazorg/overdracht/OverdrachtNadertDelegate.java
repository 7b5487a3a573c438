package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerBerichten;
import nl.nazorg.termijn.Termijnverantwoordelijken;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The warme overdracht is due soon and not yet sent: the PI's mailbox hears it, as for the memo's termijnen. Tasklist
 * shows the same through the task's follow-up date (filter "Termijn nadert"). A handover that starts within the
 * warning's working days of its due day is warned at once: the release is that near.
 */
@Component("overdrachtNadertDelegate")
public class OverdrachtNadertDelegate implements JavaDelegate {

    private final Overdrachtsmoment overdrachtsmoment;
    private final Termijnverantwoordelijken verantwoordelijken;
    private final PartnerBerichten berichten;

    public OverdrachtNadertDelegate(Overdrachtsmoment overdrachtsmoment, Termijnverantwoordelijken verantwoordelijken,
                                    PartnerBerichten berichten) {
        this.overdrachtsmoment = overdrachtsmoment;
        this.verantwoordelijken = verantwoordelijken;
        this.berichten = berichten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String piCode = ProcesVariabelen.verplichteTekst(execution, PI_CODE);
        String mailbox = verantwoordelijken.piMailbox(execution);
        berichten.verstuur(new Bericht(Bericht.sleutel(execution, mailbox), detentieId, Bericht.Kanaal.MAIL, mailbox,
                "Warme overdracht nadert voor detentie " + detentieId,
                ("De warme overdracht voor detentie %s moet uiterlijk %s klaar zijn en staat nog open bij groep %s. "
                        + "In Tasklist staat de taak in het filter 'Termijn nadert'.")
                        .formatted(detentieId, overdrachtsmoment.vervaldag(execution), Groepen.casemanager(piCode))));
    }
}
