package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Memo 3: the MDO fixed the D&R-plan; its actions are what "share of actions carried out" counts against. */
@Component("actielijstVastgesteldListener")
public class ActielijstVastgesteldListener implements ExecutionListener {

    private final ApplicationEventPublisher gebeurtenissen;
    private final Acties acties;

    public ActielijstVastgesteldListener(ApplicationEventPublisher gebeurtenissen, Acties acties) {
        this.gebeurtenissen = gebeurtenissen;
        this.acties = acties;
    }

    @Override
    public void notify(DelegateExecution execution) {
        gebeurtenissen.publishEvent(new Plangebeurtenissen.ActielijstVastgesteld(
                ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID),
                acties.lijst(execution).stream()
                        .map(actie -> actie.hasProp("leefgebied") && actie.prop("leefgebied").isString()
                                ? actie.prop("leefgebied").stringValue() : null)
                        .toList()));
    }
}
