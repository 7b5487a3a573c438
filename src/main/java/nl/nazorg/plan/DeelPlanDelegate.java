package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.util.Set;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.Documentverzending;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Memo 3d: the adopted D&R-plan, rendered as PDF and kept with the case, goes by mail as an attachment to the
 * partners involved in it ({@link Betrokkenheid}): those named in 1f and the partij of every action (the regievoerder's
 * is the ZVH; the casemanager's is the PI itself), and to nobody else: not to reclassering when it is neither. A
 * gemeente without a configured mailbox ({@code nazorg.gemeenten.<code>.mailbox}) is skipped and nothing is recorded
 * for it. At a revision (Task_DeelHerzienPlan) the same goes out again as the plan's next version ({@code planversie}),
 * kept and sent once per version. A failure to send fails the job (retries, then an incident); what was stored and
 * recorded in this run is
 * rolled back with it.
 */
@Component("deelPlanDelegate")
public class DeelPlanDelegate implements JavaDelegate {

    private final Documentverzending verzending;
    private final Betrokkenheid betrokkenheid;
    private final PartnerPostbussen postbussen;
    private final DrPlanDocument document;
    private final PlanTekst planTekst;

    public DeelPlanDelegate(Documentverzending verzending, Betrokkenheid betrokkenheid, PartnerPostbussen postbussen,
                            DrPlanDocument document, PlanTekst planTekst) {
        this.verzending = verzending;
        this.betrokkenheid = betrokkenheid;
        this.postbussen = postbussen;
        this.document = document;
        this.planTekst = planTekst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        Set<String> ontvangers = postbussen.van(betrokkenheid.bijPlan(execution), ProcesVariabelen.verplichteTekst(execution, ZVH_REGIO),
                ProcesVariabelen.tekst(execution, GEMEENTE_CODE));

        DrPlan plan = document.gegevens(execution);
        Object versie = execution.getVariable(HerzienPlanVastleggenDelegate.PLANVERSIE);
        boolean herzien = versie instanceof Number n && n.intValue() > 1;
        verzending.verstuur(execution, new Documentverzending.Zending(detentieId, Document.Soort.DR_PLAN,
                Bericht.Kanaal.MAIL, (herzien ? "Herzien D&R-plan (versie " + versie + ") detentie " : "D&R-plan detentie ")
                        + detentieId), herzien ? "/versie-" + versie : "", document.pdf(plan), ontvangers,
                bestandsnaam -> planTekst.van(plan, bestandsnaam));
    }
}
