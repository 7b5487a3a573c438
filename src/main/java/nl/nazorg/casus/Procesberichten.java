package nl.nazorg.casus;

import java.time.LocalDate;

import nl.nazorg.api.ApiFout;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The chain's events for a running case, each safe to repeat: a second uit-detentiemelding or a transfer to
 * the PI the case is already in changes nothing; an event for a closed case is a conflict.
 */
@Component
public class Procesberichten {

    private static final int POGINGEN = 3;

    private final RuntimeService runtime;

    public Procesberichten(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void uitDetentie(Casus casus, LocalDate uitstroomdatum, String uitstroomgemeenteCode) {
        opnieuwBijGelijktijdigheid(() -> {
            moetLopen(casus);
            if (runtime.getVariable(casus.processInstanceId(), NazorgVariabelen.UITSTROOMDATUM) != null) {
                return;
            }
            runtime.createMessageCorrelation("UitDetentie")
                    .processInstanceId(casus.processInstanceId())
                    .setVariable(NazorgVariabelen.UITSTROOMDATUM, uitstroomdatum.toString())
                    .setVariable(NazorgVariabelen.UITSTROOMGEMEENTE_CODE, uitstroomgemeenteCode)
                    .correlateAll();
        });
    }

    public void overplaatsing(Casus casus, String piCode) {
        opnieuwBijGelijktijdigheid(() -> {
            moetLopen(casus);
            if (piCode.equals(runtime.getVariable(casus.processInstanceId(), NazorgVariabelen.PI_CODE))) {
                return;
            }
            runtime.createMessageCorrelation("Overplaatsing")
                    .processInstanceId(casus.processInstanceId())
                    .setVariable(NazorgVariabelen.PI_CODE, piCode)
                    .correlateAll();
        });
    }

    /** Two notices for one case at the same moment: the loser of the optimistic lock looks again and finds it done. */
    private static void opnieuwBijGelijktijdigheid(Runnable melding) {
        for (int poging = 1; ; poging++) {
            try {
                melding.run();
                return;
            } catch (OptimisticLockingException e) {
                if (poging == POGINGEN) {
                    throw e;
                }
            }
        }
    }

    private void moetLopen(Casus casus) {
        if (runtime.createProcessInstanceQuery().processInstanceId(casus.processInstanceId()).count() == 0) {
            throw new ApiFout.Conflict("De casus " + casus.detentieId() + " is al afgesloten");
        }
    }
}
