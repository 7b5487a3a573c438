package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Memo 4b: the trajectgesprek asked to revise the plan (end event "Herziening gevraagd"). The revision starts in this
 * case as any other; while one is still being drafted, the talk cannot be completed with this question (field
 * {@value TrajectgesprekGevoerdListener#PLAN_HERZIEN}), and its verslag can go into the open revision instead.
 */
@Component("herzieningGevraagdDelegate")
public class HerzieningGevraagdDelegate implements JavaDelegate {

    private final Herzieningsverzoeken verzoeken;

    public HerzieningGevraagdDelegate(Herzieningsverzoeken verzoeken) {
        this.verzoeken = verzoeken;
    }

    @Override
    public void execute(DelegateExecution gesprek) {
        verzoeken.vraag(gesprek.getProcessEngineServices(), ProcesVariabelen.verplichteTekst(gesprek, DETENTIE_ID),
                gesprek.getProcessInstanceId(), null, TrajectgesprekGevoerdListener.PLAN_HERZIEN);
    }
}
