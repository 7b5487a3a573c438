package nl.nazorg.termijn;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.TERMIJN;

import java.time.OffsetDateTime;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.Termijn;
import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A deadline passed while its work was open: records the overrun for monitoring and tells the
 * responsible group through the PI's mailbox. The work itself goes on.
 */
@Component("registreerTermijnoverschrijdingDelegate")
public class RegistreerTermijnoverschrijdingDelegate implements JavaDelegate {

    private final TermijnoverschrijdingRepository overschrijdingen;
    private final PartnerBerichten berichten;
    private final PartnerAdressen adressen;

    public RegistreerTermijnoverschrijdingDelegate(TermijnoverschrijdingRepository overschrijdingen,
                                                   PartnerBerichten berichten, PartnerAdressen adressen) {
        this.overschrijdingen = overschrijdingen;
        this.berichten = berichten;
        this.adressen = adressen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Termijn termijn = Termijn.vanCode(ProcesVariabelen.verplichteTekst(execution, TERMIJN));
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String piCode = ProcesVariabelen.verplichteTekst(execution, PI_CODE);
        String groep = termijn == Termijn.PLAN ? Groepen.mdo(piCode) : Groepen.casemanager(piCode);
        OffsetDateTime deadline = OffsetDateTime.parse(ProcesVariabelen.verplichteTekst(execution, termijn.deadlineVariabele()));
        if (overschrijdingen.legVast(detentieId, termijn, deadline, groep)) {
            String mailbox = adressen.piMailbox(piCode);
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, mailbox + "/" + termijn.code()), detentieId,
                    Bericht.Kanaal.MAIL, mailbox, "Termijn " + termijn.code() + " verlopen voor detentie " + detentieId,
                    "De termijn '%s' voor detentie %s is verlopen op %s. Het werk ligt bij groep %s en loopt door."
                            .formatted(termijn.code(), detentieId, deadline.toLocalDate(), groep)));
        }
    }
}
