package nl.nazorg.casus;

import java.time.LocalDate;
import java.util.Map;

import nl.nazorg.api.ApiFout;
import nl.nazorg.monitoring.Rapportagetabellen;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain's events for a running case, each safe to repeat: a second uit-detentiemelding or a transfer to
 * the PI the case is already in changes nothing; an event for a closed case is a conflict.
 */
@Component
public class Procesberichten {

    private static final int POGINGEN = 3;

    private final RuntimeService runtime;
    private final Rapportagetabellen rapportage;
    private final TransactionTemplate transacties;

    public Procesberichten(RuntimeService runtime, Rapportagetabellen rapportage, PlatformTransactionManager transacties) {
        this.runtime = runtime;
        this.rapportage = rapportage;
        this.transacties = new TransactionTemplate(transacties);
    }

    /**
     * Delivered to whichever part of the case waits for it. While the warme overdracht is being prepared (it started
     * at the handover moment, before the notice) nothing waits yet: the notice is then kept with the case, so that
     * after sending the handover the case closes at once instead of waiting for a notice that already came.
     */
    public void uitDetentie(Casus casus, LocalDate uitstroomdatum, String uitstroomgemeenteCode) {
        opnieuwBijGelijktijdigheid(() -> {
            moetLopen(casus);
            if (runtime.getVariable(casus.processInstanceId(), NazorgVariabelen.UITSTROOMDATUM) != null) {
                return;
            }
            Map<String, Object> melding = Map.of(NazorgVariabelen.UITSTROOMDATUM, uitstroomdatum.toString(),
                    NazorgVariabelen.UITSTROOMGEMEENTE_CODE, uitstroomgemeenteCode);
            boolean afgeleverd = !runtime.createMessageCorrelation("UitDetentie")
                    .processInstanceId(casus.processInstanceId())
                    .setVariables(melding)
                    .correlateAllWithResult().isEmpty();
            if (!afgeleverd) {
                transacties.executeWithoutResult(status -> {
                    runtime.setVariables(casus.processInstanceId(), melding);
                    rapportage.uitstroom(casus.detentieId(), uitstroomdatum, uitstroomgemeenteCode);
                });
            }
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

    /**
     * Two notices for one case at the same moment, on two nodes: the loser looks again and finds it done. The engine
     * lets the loser fail in more than one way: an optimistic lock, or a message subscription that was there when the
     * correlation looked and gone when it triggered ("does not have a subscription", the other node's commit in
     * between). Every attempt is its own transaction, so a failure that does not go away is thrown after the last one.
     */
    private static void opnieuwBijGelijktijdigheid(Runnable melding) {
        for (int poging = 1; ; poging++) {
            try {
                melding.run();
                return;
            } catch (ProcessEngineException e) {
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
