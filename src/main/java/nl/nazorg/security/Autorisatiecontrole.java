package nl.nazorg.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization check with the same answers, but in a form that stays fast at national volume. Camunda
 * writes an authorization per task for its candidate group, so the authorization table grows with the open cases
 * (126,000 rows at 20,000); two of its habits then cost more than the check itself:
 * <ul>
 * <li><b>Groups without a table scan</b> ({@code nazorg.beveiliging.groepen-zonder-tabelscan}). Before it checks
 * anything, Camunda narrows the user's groups to those that occur in any authorization, with
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command: 13–19 ms, several times per Tasklist
 * request. Here a user has a handful of groups, and a group without authorizations matches no row of the check anyway,
 * so the check gets the groups as they are.</li>
 * <li><b>A group's tasks checked task by task</b> ({@code nazorg.beveiliging.taken-per-taak-controleren}). Camunda
 * joins all authorizations of the user's groups to the tasks with {@code RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')},
 * which PostgreSQL can only compare pair by pair: for a large PI's casemanager, each of the group's 729 tasks with each
 * of its 1,543 authorizations in every Tasklist count and list. A task query that does not name its case or task
 * (Tasklist's filters, a list over a group) gets Camunda's other form, with revoke checks: per task, lookups in the
 * authorization indexes. A query for one case or task keeps the join, which is as fast there and cheaper to build
 * (lifecycle benchmark).</li>
 * </ul>
 * Each is Camunda's own behaviour when set to {@code false} (the lifecycle benchmark's "Camunda-standaard").
 */
@Component
class Autorisatiecontrole extends AbstractProcessEnginePlugin {

    private final boolean groepenZonderTabelscan;
    private final boolean takenPerTaak;

    Autorisatiecontrole(@Value("${nazorg.beveiliging.groepen-zonder-tabelscan:true}") boolean groepenZonderTabelscan,
            @Value("${nazorg.beveiliging.taken-per-taak-controleren:true}") boolean takenPerTaak) {
        this.groepenZonderTabelscan = groepenZonderTabelscan;
        this.takenPerTaak = takenPerTaak;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (!groepenZonderTabelscan && !takenPerTaak) {
            return;
        }
        List<SessionFactory> fabrieken = configuratie.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomSessionFactories());
        fabrieken.add(new Fabriek());
        configuratie.setCustomSessionFactories(fabrieken);
    }

    /** Registered after Camunda's own factories, so it replaces the one for {@link AuthorizationManager}. */
    private final class Fabriek implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new Autorisatiemanager();
        }
    }

    private final class Autorisatiemanager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> groepen) {
            if (!groepenZonderTabelscan) {
                return super.filterAuthenticatedGroupIds(groepen);
            }
            return groepen == null ? new ArrayList<>() : new ArrayList<>(groepen);
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl zoekvraag) {
            super.configureTaskQuery(zoekvraag);
            if (takenPerTaak && zoekvraag.getAuthCheck().isAuthorizationCheckEnabled() && !noemtZijnTaken(zoekvraag)) {
                zoekvraag.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
            }
        }
    }

    /** Criteria that limit a task query to the tasks of named cases or named tasks; OR-queries only widen it. */
    static boolean noemtZijnTaken(TaskQueryImpl zoekvraag) {
        return zoekvraag.getTaskId() != null || zoekvraag.getTaskIdIn() != null
                || zoekvraag.getProcessInstanceId() != null || zoekvraag.getProcessInstanceIdIn() != null
                || zoekvraag.getProcessInstanceBusinessKey() != null || zoekvraag.getProcessInstanceBusinessKeys() != null
                || zoekvraag.getExecutionId() != null;
    }
}
