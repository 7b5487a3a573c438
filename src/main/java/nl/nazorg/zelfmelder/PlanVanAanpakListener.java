package nl.nazorg.zelfmelder;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.monitoring.Rapportagetabellen;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Week 4: the moment the integral plan is ready counts for "a plan before the oproepdatum". */
@Component("planVanAanpakListener")
public class PlanVanAanpakListener implements TaskListener {

    private final Rapportagetabellen rapportage;

    public PlanVanAanpakListener(Rapportagetabellen rapportage) {
        this.rapportage = rapportage;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(ZelfmelderVariabelen.PLAN_VAN_AANPAK_OP, Termijnen.nu());
        rapportage.planVanAanpakKlaar(ProcesVariabelen.verplichteTekst(task.getExecution(), ZelfmelderVariabelen.ZELFMELDER_ID),
                Termijnen.vandaag());
    }
}
