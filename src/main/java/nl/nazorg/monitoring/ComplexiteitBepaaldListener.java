package nl.nazorg.monitoring;

import static nl.nazorg.casus.NazorgVariabelen.COMPLEXITEIT;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.LEEFGEBIEDEN;

import java.util.Collection;
import java.util.List;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After the decision on complexity (memo 2d): enkelvoudig or meervoudig, and the hulpvragen per leefgebied. */
@Component("complexiteitBepaaldListener")
public class ComplexiteitBepaaldListener implements ExecutionListener {

    private final Rapportagetabellen rapportage;

    public ComplexiteitBepaaldListener(Rapportagetabellen rapportage) {
        this.rapportage = rapportage;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object leefgebieden = execution.getVariable(LEEFGEBIEDEN);
        rapportage.complexiteitBepaald(ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID),
                ProcesVariabelen.verplichteTekst(execution, COMPLEXITEIT),
                leefgebieden instanceof Collection<?> lijst ? lijst.stream().map(String::valueOf).toList() : List.of());
    }
}
