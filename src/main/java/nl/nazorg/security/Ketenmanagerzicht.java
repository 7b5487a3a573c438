package nl.nazorg.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;


import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.ExecutionQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionManager;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.impl.util.ImmutablePair;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * What a ketenmanager sees of a case: only {@link NietPersoonlijkeVariabelen}, on every route into the engine
 * (Cockpit's /camunda/api/engine, /engine-rest, Java). The engine reads variables in few places, and those are
 * narrowed here: variable queries (Cockpit's variable view) get the allowed names as a criterion, so counts and pages
 * stay right; the variables of an execution or task (a process instance's variables, a single variable, task and form
 * variables) are loaded without the personal ones; and a search for process instances or executions by the value of
 * a personal variable is refused, as its answer would tell whether a person has a case.
 * <p>
 * Camunda's own answer, {@code enforceSpecificVariablePermission}, does not fit: it grants all variables of a process
 * definition or none, and Tasklist's columns (name, detentie) are process variables that a worker could then only read
 * with a grant on every case of the definition. The history holds no personal variables at all (system/Historieniveau);
 * its variable query is narrowed all the same, so a change there cannot open this door.
 */
@Component
class Ketenmanagerzicht extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<SessionFactory> fabrieken = configuratie.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomSessionFactories());
        fabrieken.add(fabriek(VariableInstanceManager.class, Variabelen::new));
        fabrieken.add(fabriek(HistoricVariableInstanceManager.class, HistorischeVariabelen::new));
        fabrieken.add(fabriek(ExecutionManager.class, Uitvoeringen::new));
        configuratie.setCustomSessionFactories(fabrieken);
    }

    /** Registered after Camunda's own factories, so it replaces the one for that manager. */
    private static SessionFactory fabriek(Class<?> soort, Supplier<Session> maker) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return soort;
            }

            @Override
            public Session openSession() {
                return maker.get();
            }
        };
    }

    private static List<VariableInstanceEntity> zichtbaar(List<VariableInstanceEntity> variabelen) {
        if (!NietPersoonlijkeVariabelen.geldenNu()) {
            return variabelen;
        }
        return variabelen.stream().filter(v -> NietPersoonlijkeVariabelen.isToegestaan(v.getName())).toList();
    }

    static final class Variabelen extends VariableInstanceManager {

        @Override
        public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taakId, Collection<String> namen) {
            return zichtbaar(super.findVariableInstancesByTaskIdAndVariableNames(taakId, namen));
        }

        @Override
        public List<VariableInstanceEntity> findVariableInstancesByExecutionIdAndVariableNames(String uitvoeringId, Collection<String> namen) {
            return zichtbaar(super.findVariableInstancesByExecutionIdAndVariableNames(uitvoeringId, namen));
        }

        @Override
        public List<VariableInstanceEntity> findVariableInstancesByProcessInstanceId(String procesinstantieId) {
            return zichtbaar(super.findVariableInstancesByProcessInstanceId(procesinstantieId));
        }

        @Override
        public long findVariableInstanceCountByQueryCriteria(VariableInstanceQueryImpl zoekvraag) {
            return beperk(zoekvraag) ? super.findVariableInstanceCountByQueryCriteria(zoekvraag) : 0;
        }

        @Override
        public List<VariableInstance> findVariableInstanceByQueryCriteria(VariableInstanceQueryImpl zoekvraag, Page pagina) {
            return beperk(zoekvraag) ? super.findVariableInstanceByQueryCriteria(zoekvraag, pagina) : List.of();
        }

        /** Narrows the query to the allowed names; false when none of the asked names is allowed. */
        private static boolean beperk(VariableInstanceQueryImpl zoekvraag) {
            if (!NietPersoonlijkeVariabelen.geldenNu()) {
                return true;
            }
            String[] namen = NietPersoonlijkeVariabelen.toegestaanVan(zoekvraag.getVariableNames());
            if (namen.length == 0) {
                return false;
            }
            zoekvraag.variableNameIn(namen);
            return true;
        }
    }

    static final class HistorischeVariabelen extends HistoricVariableInstanceManager {

        @Override
        public long findHistoricVariableInstanceCountByQueryCriteria(HistoricVariableInstanceQueryImpl zoekvraag) {
            return beperk(zoekvraag) ? super.findHistoricVariableInstanceCountByQueryCriteria(zoekvraag) : 0;
        }

        @Override
        public List<HistoricVariableInstance> findHistoricVariableInstancesByQueryCriteria(HistoricVariableInstanceQueryImpl zoekvraag, Page pagina) {
            return beperk(zoekvraag) ? super.findHistoricVariableInstancesByQueryCriteria(zoekvraag, pagina) : List.of();
        }

        private static boolean beperk(HistoricVariableInstanceQueryImpl zoekvraag) {
            if (!NietPersoonlijkeVariabelen.geldenNu()) {
                return true;
            }
            String[] namen = NietPersoonlijkeVariabelen.toegestaanVan(zoekvraag.getVariableNameIn());
            if (namen.length == 0) {
                return false;
            }
            zoekvraag.variableNameIn(namen);
            return true;
        }
    }

    static final class Uitvoeringen extends ExecutionManager {

        @Override
        public long findExecutionCountByQueryCriteria(ExecutionQueryImpl zoekvraag) {
            controleer(zoekvraag);
            return super.findExecutionCountByQueryCriteria(zoekvraag);
        }

        @Override
        public List<ExecutionEntity> findExecutionsByQueryCriteria(ExecutionQueryImpl zoekvraag, Page pagina) {
            controleer(zoekvraag);
            return super.findExecutionsByQueryCriteria(zoekvraag, pagina);
        }

        @Override
        public long findProcessInstanceCountByQueryCriteria(ProcessInstanceQueryImpl zoekvraag) {
            controleer(zoekvraag);
            return super.findProcessInstanceCountByQueryCriteria(zoekvraag);
        }

        @Override
        public List<ProcessInstance> findProcessInstancesByQueryCriteria(ProcessInstanceQueryImpl zoekvraag, Page pagina) {
            controleer(zoekvraag);
            return super.findProcessInstancesByQueryCriteria(zoekvraag, pagina);
        }

        @Override
        public List<String> findProcessInstancesIdsByQueryCriteria(ProcessInstanceQueryImpl zoekvraag) {
            controleer(zoekvraag);
            return super.findProcessInstancesIdsByQueryCriteria(zoekvraag);
        }

        @Override
        public List<ImmutablePair<String, String>> findDeploymentIdMappingsByQueryCriteria(ProcessInstanceQueryImpl zoekvraag) {
            controleer(zoekvraag);
            return super.findDeploymentIdMappingsByQueryCriteria(zoekvraag);
        }

        private static void controleer(ExecutionQueryImpl zoekvraag) {
            if (NietPersoonlijkeVariabelen.geldenNu()) {
                NietPersoonlijkeVariabelen.weigerZoekenOpPersoonsgegevens(zoekvraag.getQueryVariableValues());
            }
        }

        private static void controleer(ProcessInstanceQueryImpl zoekvraag) {
            if (NietPersoonlijkeVariabelen.geldenNu()) {
                for (ProcessInstanceQueryImpl deel : zoekvraag.getQueries()) {
                    NietPersoonlijkeVariabelen.weigerZoekenOpPersoonsgegevens(deel.getQueryVariableValues());
                }
            }
        }
    }
}
