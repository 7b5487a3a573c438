package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.util.List;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Memo 3d: the adopted D&R-plan with its actielijst goes to the ZVH and reclassering. */
@Component("deelPlanDelegate")
public class DeelPlanDelegate implements JavaDelegate {

    private final PartnerBerichten berichten;
    private final PartnerAdressen adressen;
    private final PlanTekst planTekst;

    public DeelPlanDelegate(PartnerBerichten berichten, PartnerAdressen adressen, PlanTekst planTekst) {
        this.berichten = berichten;
        this.adressen = adressen;
        this.planTekst = planTekst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String inhoud = planTekst.van(execution);
        List<String> ontvangers = List.of(
                adressen.regioMailbox(ProcesVariabelen.verplichteTekst(execution, ZVH_REGIO)),
                adressen.reclasseringMailbox());
        for (String ontvanger : ontvangers) {
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, ontvanger), detentieId, Bericht.Kanaal.MAIL,
                    ontvanger, "D&R-plan detentie " + detentieId, inhoud));
        }
    }
}
