package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Memo 4a: one action of the actielijst handled, carried out or not. Its place in the list identifies it. */
@Component("actieAfgehandeldListener")
public class ActieAfgehandeldListener implements TaskListener {

    static final String UITGEVOERD = "uitgevoerd";

    private final ApplicationEventPublisher gebeurtenissen;

    public ActieAfgehandeldListener(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void notify(DelegateTask task) {
        gebeurtenissen.publishEvent(new Plangebeurtenissen.ActieAfgehandeld(ProcesVariabelen.verplichteTekst(task, DETENTIE_ID),
                Math.max(Acties.volgnummer(task), 0), ProcesVariabelen.waar(task, UITGEVOERD)));
    }
}
