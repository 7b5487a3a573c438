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
import org.springframework.stereotype.Component;

/**
 * A deadline passed while its work was open: records the overrun for monitoring and tells the PI's mailbox and the
 * regievoerder's group (the region's mailbox), who leads the case. The work itself goes on.
 */
@Component("registreerTermijnoverschrijdingDelegate")
public class RegistreerTermijnoverschrijdingDelegate implements JavaDelegate {

    private final TermijnoverschrijdingRepository overschrijdingen;
    private final Termijnverantwoordelijken verantwoordelijken;
    private final PartnerBerichten berichten;

    public RegistreerTermijnoverschrijdingDelegate(TermijnoverschrijdingRepository overschrijdingen,
                                                   Termijnverantwoordelijken verantwoordelijken, PartnerBerichten berichten) {
        this.overschrijdingen = overschrijdingen;
        this.verantwoordelijken = verantwoordelijken;
        this.berichten = berichten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Termijn termijn = Termijn.vanCode(ProcesVariabelen.verplichteTekst(execution, TERMIJN));
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String groep = verantwoordelijken.voor(termijn, execution).groep();
        OffsetDateTime deadline = OffsetDateTime.parse(ProcesVariabelen.verplichteTekst(execution, termijn.deadlineVariabele()));
        if (overschrijdingen.legVast(detentieId, termijn, deadline, groep)) {
            String onderwerp = "Termijn " + termijn.code() + " verlopen voor detentie " + detentieId;
            String inhoud = "De termijn '%s' voor detentie %s is verlopen op %s. Het werk ligt bij groep %s en loopt door."
                    .formatted(termijn.code(), detentieId, deadline.atZoneSameInstant(Termijnen.AMSTERDAM).toLocalDate(), groep);
            String piMailbox = verantwoordelijken.piMailbox(execution);
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, piMailbox + "/" + termijn.code()), detentieId,
                    Bericht.Kanaal.MAIL, piMailbox, onderwerp, inhoud));
            Aanspreekpunt regievoerder = verantwoordelijken.regievoerder(execution);
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, regievoerder.mailbox() + "/" + termijn.code()),
                    detentieId, Bericht.Kanaal.MAIL, regievoerder.mailbox(), onderwerp,
                    inhoud + " Ter informatie voor de regievoerder (groep %s).".formatted(regievoerder.groep())));
        }
    }
}
