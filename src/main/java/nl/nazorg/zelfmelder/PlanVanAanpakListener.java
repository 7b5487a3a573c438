package nl.nazorg.zelfmelder;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Week 4: the moment the integral plan is ready counts for "a plan before the oproepdatum". */
@Component("planVanAanpakListener")
public class PlanVanAanpakListener implements TaskListener {

    private final ApplicationEventPublisher gebeurtenissen;

    public PlanVanAanpakListener(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(ZelfmelderVariabelen.PLAN_VAN_AANPAK_OP, Termijnen.nu());
        gebeurtenissen.publishEvent(new Zelfmeldergebeurtenissen.PlanVanAanpakKlaar(
                ProcesVariabelen.verplichteTekst(task.getExecution(), ZelfmelderVariabelen.ZELFMELDER_ID), Termijnen.vandaag()));
    }
}
