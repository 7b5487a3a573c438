package nl.nazorg.zelfmelder;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Map;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A week's step of the voorzorg is late, or the oproepdatum came without a plan van aanpak: recorded for monitoring
 * while the work goes on.
 */
@Component("registreerWeekoverschrijdingDelegate")
public class RegistreerWeekoverschrijdingDelegate implements JavaDelegate {

    static final Map<String, String> DEADLINE_PER_STAP = Map.of(
            "screening", ZelfmelderVariabelen.WEEK_1,
            "gesprek", ZelfmelderVariabelen.WEEK_3,
            "plan", ZelfmelderVariabelen.WEEK_4);

    private final ZelfmelderRepository zelfmelders;
    private final ZelfmelderTermijnen termijnen;
    private final ApplicationEventPublisher gebeurtenissen;

    public RegistreerWeekoverschrijdingDelegate(ZelfmelderRepository zelfmelders, ZelfmelderTermijnen termijnen,
                                                ApplicationEventPublisher gebeurtenissen) {
        this.zelfmelders = zelfmelders;
        this.termijnen = termijnen;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
        String stap = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.STAP);
        boolean oproepdatum = ZelfmelderVariabelen.STAP_OPROEPDATUM.equals(stap);
        String deadline = oproepdatum
                ? termijnen.oproepdatumBegin(execution.getVariable(ZelfmelderVariabelen.OPROEPDATUM))
                : ProcesVariabelen.verplichteTekst(execution, DEADLINE_PER_STAP.get(stap));
        boolean nieuw = zelfmelders.legWeekoverschrijdingVast(zelfmelderId, stap,
                Timestamp.from(OffsetDateTime.parse(deadline).toInstant()));
        if (oproepdatum && nieuw) {
            gebeurtenissen.publishEvent(new Zelfmeldergebeurtenissen.PlanNietVoorOproepdatum(zelfmelderId));
        }
    }
}
