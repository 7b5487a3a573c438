package nl.nazorg.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.nazorg.casus.CasusOverzichten;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * History level {@code nazorg} ({@code camunda.bpm.history-level: nazorg}): Camunda's {@code audit} (process, activity
 * and task instances: what Cockpit and Tasklist read) plus what people need to explain a case afterwards: incidents,
 * failed jobs, decision evaluations (why this ZVH region), batches and the user operation log (Tasklist's "History" of a
 * task: who claimed, completed, changed what). Of the variables only those the case view reads from history
 * ({@link CasusOverzichten#HISTORISCH_GELEZEN}: ZVH client, complexity, zelfmelder, deadlines and when they were met).
 * Left out is what nobody reads: every other variable (Cockpit and Tasklist show a running case's variables from the
 * runtime tables; nothing else reads history), so the bsn, the name, the intake answers and the plan are not copied
 * into history and kept for years after the case; every intermediate value
 * (ACT_HI_DETAIL); every candidate-group link (ACT_HI_IDENTITYLINK); and the creation and success of every job
 * (ACT_HI_JOB_LOG).
 * <p>
 * The level is stored in the database when it is created; a database made at another level does not start with this
 * one (Camunda: "historyLevel mismatch").
 */
@Component
class Historieniveau extends AbstractProcessEnginePlugin {

    static final HistoryLevel NAZORG = new Nazorg();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<HistoryLevel> eigen = configuratie.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomHistoryLevels());
        eigen.add(NAZORG);
        configuratie.setCustomHistoryLevels(eigen);
    }

    private static final class Nazorg extends HistoryLevelAudit {

        private static final Set<HistoryEventType> OOK_BEWAARD = Set.of(
                HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_RESOLVE, HistoryEventTypes.INCIDENT_DELETE,
                HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_UPDATE,
                HistoryEventTypes.JOB_FAIL,
                HistoryEventTypes.DMN_DECISION_EVALUATE,
                HistoryEventTypes.BATCH_START, HistoryEventTypes.BATCH_UPDATE, HistoryEventTypes.BATCH_END,
                HistoryEventTypes.USER_OPERATION_LOG);

        @Override
        public int getId() {
            return 17;
        }

        @Override
        public String getName() {
            return "nazorg";
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType soort, Object entiteit) {
            if (entiteit instanceof VariableInstanceEntity variabele) {
                return CasusOverzichten.HISTORISCH_GELEZEN.contains(variabele.getName())
                        && super.isHistoryEventProduced(soort, entiteit);
            }
            return super.isHistoryEventProduced(soort, entiteit) || OOK_BEWAARD.contains(soort);
        }
    }
}
