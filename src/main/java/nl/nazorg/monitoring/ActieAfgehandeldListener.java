package nl.nazorg.monitoring;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Memo 4a: one action of the actielijst handled, carried out or not. Its place in the list identifies it. */
@Component("actieAfgehandeldListener")
public class ActieAfgehandeldListener implements TaskListener {

    static final String UITGEVOERD = "uitgevoerd";
    private static final String LOOP_COUNTER = "loopCounter";

    private final Rapportagetabellen rapportage;

    public ActieAfgehandeldListener(Rapportagetabellen rapportage) {
        this.rapportage = rapportage;
    }

    @Override
    public void notify(DelegateTask task) {
        Object volgnummer = task.getExecution().getVariable(LOOP_COUNTER);
        rapportage.actieAfgehandeld(ProcesVariabelen.verplichteTekst(task, DETENTIE_ID),
                volgnummer instanceof Number n ? n.intValue() : 0, ProcesVariabelen.waar(task, UITGEVOERD));
    }
}
