package nl.nazorg.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization check with the same answers, but in a form that stays fast at national volume. Camunda
 * writes an authorization per task for its candidate group, so the authorization table grows with the open cases
 * (126,000 rows at 20,000), and a large PI's casemanager group has 1,543 of them.
 * <ul>
 * <li><b>Groups without a table scan</b> ({@code nazorg.beveiliging.groepen-zonder-tabelscan}). Before it checks
 * anything, Camunda narrows the user's groups to those that occur in any authorization, with
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command: 13–19 ms, several times per Tasklist
 * request. Here a user has a handful of groups, and a group without authorizations matches no row of the check anyway,
 * so the check gets the groups as they are.</li>
 * <li><b>Task lists checked row by row</b> ({@code nazorg.beveiliging.taaklijsten-per-rij}). While a user and the
 * user's groups have no revoke authorizations, Camunda ({@code authorization-check-revokes: auto}) joins all the
 * groups' authorizations to the rows on {@code RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, which PostgreSQL compares pair
 * by pair: in Tasklist every task of the group with every authorization of the group, and every variable of the
 * page's 15 tasks (the columns) with every authorization of the group. A task query that does not name its case or
 * task, such as a Tasklist filter, and a query for variables therefore get Camunda's form for revokes, which looks
 * each row up in the indexes of the authorization table; without revokes it gives the same answer. Every other check
 * keeps Camunda's choice: the form for revokes is several times more work to build, and with it for every check the
 * checks of single tasks took 11% of the application's processor time instead of 3% (lifecycle benchmark,
 * profiled).</li>
 * </ul>
 * {@code nazorg.beveiliging.groepen-zonder-tabelscan=false} and {@code nazorg.beveiliging.taaklijsten-per-rij=false}
 * give Camunda's own behaviour (the lifecycle benchmark's "Camunda-standaard").
 */
@Component
class Autorisatiecontrole extends AbstractProcessEnginePlugin {

    private final boolean groepenZonderTabelscan;
    private final boolean taaklijstenPerRij;

    Autorisatiecontrole(@Value("${nazorg.beveiliging.groepen-zonder-tabelscan:true}") boolean groepenZonderTabelscan,
                        @Value("${nazorg.beveiliging.taaklijsten-per-rij:true}") boolean taaklijstenPerRij) {
        this.groepenZonderTabelscan = groepenZonderTabelscan;
        this.taaklijstenPerRij = taaklijstenPerRij;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
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
            if (!noemtZijnTaken(zoekvraag)) {
                perRij(zoekvraag.getAuthCheck());
            }
        }

        @Override
        protected void configureVariableInstanceQuery(VariableInstanceQueryImpl zoekvraag) {
            super.configureVariableInstanceQuery(zoekvraag);
            perRij(zoekvraag.getAuthCheck());
        }

        /** Camunda's form for revokes, which without revokes gives the same answer as its join. */
        private void perRij(AuthorizationCheck controle) {
            if (taaklijstenPerRij && controle.isAuthorizationCheckEnabled()) {
                controle.setRevokeAuthorizationCheckEnabled(true);
            }
        }
    }

    /**
     * Criteria that limit a task query to the tasks of named cases or named tasks; OR-queries only widen it. A list
     * counts only with names in it: Camunda gives every extended query, such as a Tasklist filter with the page's
     * sorting, an empty processInstanceIdIn.
     */
    static boolean noemtZijnTaken(TaskQueryImpl zoekvraag) {
        return zoekvraag.getTaskId() != null || genoemd(zoekvraag.getTaskIdIn())
                || zoekvraag.getProcessInstanceId() != null || genoemd(zoekvraag.getProcessInstanceIdIn())
                || zoekvraag.getProcessInstanceBusinessKey() != null || genoemd(zoekvraag.getProcessInstanceBusinessKeys())
                || zoekvraag.getExecutionId() != null;
    }

    private static boolean genoemd(String[] namen) {
        return namen != null && namen.length > 0;
    }
}
