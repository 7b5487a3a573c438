package nl.nazorg.monitoring;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.plan.Acties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Memo 3: the MDO fixed the D&R-plan; its actions are what "share of actions carried out" counts against. */
@Component("actielijstVastgesteldListener")
public class ActielijstVastgesteldListener implements ExecutionListener {

    private final Rapportagetabellen rapportage;
    private final Acties acties;

    public ActielijstVastgesteldListener(Rapportagetabellen rapportage, Acties acties) {
        this.rapportage = rapportage;
        this.acties = acties;
    }

    @Override
    public void notify(DelegateExecution execution) {
        rapportage.actielijstVastgesteld(ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID),
                acties.lijst(execution).stream()
                        .map(actie -> actie.hasProp("leefgebied") && actie.prop("leefgebied").isString()
                                ? actie.prop("leefgebied").stringValue() : null)
                        .toList());
    }
}
