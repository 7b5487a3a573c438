package nl.nazorg.beeldvorming;

import static nl.nazorg.casus.NazorgVariabelen.AANTAL_LEEFGEBIEDEN;
import static nl.nazorg.casus.NazorgVariabelen.LEEFGEBIEDEN;

import java.util.Arrays;
import java.util.List;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.Termijn;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Memo 2a: turns the screening's answers per leefgebied into the list of leefgebieden with a hulpvraag. */
@Component("intakeAfgerondListener")
public class IntakeAfgerondListener implements TaskListener {

    private final Termijnen termijnen;

    public IntakeAfgerondListener(Termijnen termijnen) {
        this.termijnen = termijnen;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> leefgebieden = Arrays.stream(Leefgebied.values())
                .filter(l -> ProcesVariabelen.waar(task, l.hulpvraagVeld()))
                .map(Leefgebied::code)
                .toList();
        task.getExecution().setVariable(LEEFGEBIEDEN,
                Variables.objectValue(leefgebieden).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        task.getExecution().setVariable(AANTAL_LEEFGEBIEDEN, leefgebieden.size());
        termijnen.markeerAfgerond(task.getExecution(), Termijn.INTAKE);
    }
}
