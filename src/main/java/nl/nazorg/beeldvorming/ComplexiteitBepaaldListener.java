package nl.nazorg.beeldvorming;

import static nl.nazorg.casus.NazorgVariabelen.COMPLEXITEIT;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.LEEFGEBIEDEN;

import java.util.Collection;
import java.util.List;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** After the decision on complexity (memo 2d): enkelvoudig or meervoudig, and the hulpvragen per leefgebied. */
@Component("complexiteitBepaaldListener")
public class ComplexiteitBepaaldListener implements ExecutionListener {

    private final ApplicationEventPublisher gebeurtenissen;

    public ComplexiteitBepaaldListener(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object leefgebieden = execution.getVariable(LEEFGEBIEDEN);
        gebeurtenissen.publishEvent(new ComplexiteitBepaald(ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID),
                ProcesVariabelen.verplichteTekst(execution, COMPLEXITEIT),
                leefgebieden instanceof Collection<?> lijst ? lijst.stream().map(String::valueOf).toList() : List.of()));
    }
}
