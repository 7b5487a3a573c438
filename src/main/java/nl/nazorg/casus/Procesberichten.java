package nl.nazorg.casus;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
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
    private final ApplicationEventPublisher gebeurtenissen;
    private final CasusRepository casussen;
    private final TransactionTemplate transacties;

    public Procesberichten(RuntimeService runtime, ApplicationEventPublisher gebeurtenissen, CasusRepository casussen,
                           PlatformTransactionManager transacties) {
        this.runtime = runtime;
        this.gebeurtenissen = gebeurtenissen;
        this.casussen = casussen;
        this.transacties = new TransactionTemplate(transacties);
    }

    /**
     * Received by the boundary of the detention work, which runs until the release; the notice's variables (kept with
     * the case) move the release preparation on: the handover starts if it had not, and a case waiting after the
     * handover closes. Should nothing receive it, the variables are kept all the same and the uitstroom recorded.
     */
    public void uitDetentie(Casus casus, LocalDate uitstroomdatum, String uitstroomgemeenteCode) {
        perCasus(casus, () -> {
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
                runtime.setVariables(casus.processInstanceId(), melding);
                gebeurtenissen.publishEvent(new UitstroomGemeld(casus.detentieId(), uitstroomdatum, uitstroomgemeenteCode));
            }
        });
    }

    public void overplaatsing(Casus casus, String piCode) {
        perCasus(casus, () -> {
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
     * One notice at a time per case, also across nodes: each attempt is one transaction that first locks the case's
     * row, so a second notice for the case waits and then sees the first one's work. What the lock cannot order (the
     * job executor working the same case, which the database may then end as a deadlock or an optimistic lock) is
     * tried again; a failure that does not go away is thrown after the last attempt.
     */
    private void perCasus(Casus casus, Runnable melding) {
        for (int poging = 1; ; poging++) {
            try {
                transacties.executeWithoutResult(status -> {
                    casussen.vergrendel(casus.detentieId());
                    moetLopen(casus);
                    melding.run();
                });
                return;
            } catch (ProcessEngineException | ConcurrencyFailureException e) {
                if (poging == POGINGEN) {
                    throw e;
                }
            }
        }
    }

    private void moetLopen(Casus casus) {
        if (runtime.createProcessInstanceQuery().processInstanceId(casus.processInstanceId()).count() == 0) {
            throw new CasusAfgeslotenException(casus.detentieId());
        }
    }
}
