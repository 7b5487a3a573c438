package nl.nazorg.zelfmelder;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Map;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A week's step of the voorzorg is late: recorded for monitoring while the work goes on. */
@Component("registreerWeekoverschrijdingDelegate")
public class RegistreerWeekoverschrijdingDelegate implements JavaDelegate {

    static final Map<String, String> DEADLINE_PER_STAP = Map.of(
            "screening", ZelfmelderVariabelen.WEEK_1,
            "gesprek", ZelfmelderVariabelen.WEEK_3,
            "plan", ZelfmelderVariabelen.WEEK_4);

    private final ZelfmelderRepository zelfmelders;

    public RegistreerWeekoverschrijdingDelegate(ZelfmelderRepository zelfmelders) {
        this.zelfmelders = zelfmelders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String stap = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.STAP);
        String deadline = ProcesVariabelen.verplichteTekst(execution, DEADLINE_PER_STAP.get(stap));
        zelfmelders.legWeekoverschrijdingVast(ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID),
                stap, Timestamp.from(OffsetDateTime.parse(deadline).toInstant()));
    }
}
