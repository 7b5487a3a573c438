package nl.nazorg.zelfmelder;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Week 5: the gemeente asks OM/CJIB for uitstel so the plan can be carried out; the decision comes as UitstelBesluit. */
@Component("uitstelAanvragenDelegate")
public class UitstelAanvragenDelegate implements JavaDelegate {

    static final String ONTVANGER = "CJIB (namens OM)";

    private final PartnerBerichten berichten;
    private final ApplicationEventPublisher gebeurtenissen;

    public UitstelAanvragenDelegate(PartnerBerichten berichten, ApplicationEventPublisher gebeurtenissen) {
        this.berichten = berichten;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
        String reden = ProcesVariabelen.tekst(execution, "redenUitstel");
        berichten.verstuur(new Bericht(Bericht.sleutel(execution, ONTVANGER), zelfmelderId, Bericht.Kanaal.CJIB, ONTVANGER,
                "Verzoek uitstel zelfmelding " + zelfmelderId,
                "Oproepdatum: %s%nReden: %s".formatted(ProcesVariabelen.tekst(execution, ZelfmelderVariabelen.OPROEPDATUM),
                        reden == null || reden.isBlank() ? "plan van aanpak uitvoeren voor de melding" : reden)));
        execution.setVariable(ZelfmelderVariabelen.UITSTEL_AANGEVRAAGD, true);
        gebeurtenissen.publishEvent(new Zelfmeldergebeurtenissen.UitstelAangevraagd(zelfmelderId));
    }
}
