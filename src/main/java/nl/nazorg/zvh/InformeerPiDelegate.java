package nl.nazorg.zvh;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.ADVIES_AAN_PI;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_CLIENT;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Memo 1d: the outcome of the check to the PI's mailbox and, through GCOS, to the regievoerder. */
@Component("informeerPiDelegate")
public class InformeerPiDelegate implements JavaDelegate {

    private final PartnerBerichten berichten;
    private final PartnerAdressen adressen;
    private final Groepen groepen;

    public InformeerPiDelegate(PartnerBerichten berichten, PartnerAdressen adressen, Groepen groepen) {
        this.berichten = berichten;
        this.adressen = adressen;
        this.groepen = groepen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        boolean zvhClient = ProcesVariabelen.waar(execution, ZVH_CLIENT);
        String advies = ProcesVariabelen.tekst(execution, ADVIES_AAN_PI);
        String regievoerder = groepen.regievoerder(execution);
        String inhoud = """
                Detentie: %s
                Gedetineerde: %s %s
                Uitkomst check ZVH: %s
                Regievoerder: %s
                Advies aan PI: %s""".formatted(detentieId,
                ProcesVariabelen.tekst(execution, VOORLETTERS), ProcesVariabelen.tekst(execution, ACHTERNAAM),
                zvhClient ? "ZVH-cliënt (regie bij procesregisseur ZVH)" : "niet-ZVH-cliënt (coördinator nazorg)",
                regievoerder, advies == null || advies.isBlank() ? "geen" : advies);

        String piMailbox = adressen.piMailbox(ProcesVariabelen.verplichteTekst(execution, PI_CODE));
        berichten.verstuur(new Bericht(Bericht.sleutel(execution, piMailbox), detentieId, Bericht.Kanaal.MAIL,
                piMailbox, "Uitkomst check ZVH voor detentie " + detentieId, inhoud));
        berichten.verstuur(new Bericht(Bericht.sleutel(execution, regievoerder), detentieId, Bericht.Kanaal.GCOS,
                regievoerder, "Nieuwe casus nazorg " + detentieId, inhoud));
    }
}
