package nl.nazorg.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization check without a read of the whole authorization table in every command. Before it checks
 * anything, Camunda's {@link AuthorizationManager} narrows the user's groups to those that occur in any
 * authorization, with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command: meant for users
 * with hundreds of directory groups, it reads every row of a table that grows with the open cases (Camunda writes an
 * authorization per task for its candidate group). At 20,000 open cases that is 126,000 rows and 13–19 ms, several
 * times per Tasklist request. Here a user has a handful of groups, and a group without authorizations matches no row
 * of the check anyway, so the check gets the groups as they are: the same answer without the scan.
 * {@code nazorg.beveiliging.groepen-zonder-tabelscan=false} restores Camunda's behaviour (the lifecycle benchmark's
 * "Camunda-standaard").
 */
@Component
@ConditionalOnProperty(name = "nazorg.beveiliging.groepen-zonder-tabelscan", havingValue = "true", matchIfMissing = true)
class GroepenZonderTabelscan extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<SessionFactory> fabrieken = configuratie.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomSessionFactories());
        fabrieken.add(new Fabriek());
        configuratie.setCustomSessionFactories(fabrieken);
    }

    /** Registered after Camunda's own factories, so it replaces the one for {@link AuthorizationManager}. */
    private static final class Fabriek implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new GroepenOngefilterd();
        }
    }

    private static final class GroepenOngefilterd extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> groepen) {
            return groepen == null ? new ArrayList<>() : new ArrayList<>(groepen);
        }
    }
}
