package nl.nazorg.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.StatisticsManager;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.DeploymentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.springframework.stereotype.Component;

/**
 * Statistics of process definitions, their activities and deployments only for those who may open Cockpit (Camunda's
 * application permission). Camunda checks nothing but READ on the process definition for the first, and a worker has
 * that to see the diagram next to a task; the counts are of all cases, so a worker would learn the case load of
 * every region. Checked in the engine, so every route is covered: /engine-rest and Cockpit's /camunda/api/engine.
 * Cockpit's own plugin API does not go through these managers; {@link CockpitApiToegang} guards it.
 */
@Component
class StatistiekenAlleenVoorCockpit extends AbstractProcessEnginePlugin {

    static final String COCKPIT = "cockpit";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<SessionFactory> fabrieken = configuratie.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomSessionFactories());
        fabrieken.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return StatisticsManager.class;
            }

            @Override
            public Session openSession() {
                return new Statistieken();
            }
        });
        configuratie.setCustomSessionFactories(fabrieken);
    }

    static final class Statistieken extends StatisticsManager {

        @Override
        public List<ProcessDefinitionStatistics> getStatisticsGroupedByProcessDefinitionVersion(ProcessDefinitionStatisticsQueryImpl zoekvraag, Page pagina) {
            alleenVoorCockpit();
            return super.getStatisticsGroupedByProcessDefinitionVersion(zoekvraag, pagina);
        }

        @Override
        public long getStatisticsCountGroupedByProcessDefinitionVersion(ProcessDefinitionStatisticsQueryImpl zoekvraag) {
            alleenVoorCockpit();
            return super.getStatisticsCountGroupedByProcessDefinitionVersion(zoekvraag);
        }

        @Override
        public List<ActivityStatistics> getStatisticsGroupedByActivity(ActivityStatisticsQueryImpl zoekvraag, Page pagina) {
            alleenVoorCockpit();
            return super.getStatisticsGroupedByActivity(zoekvraag, pagina);
        }

        @Override
        public long getStatisticsCountGroupedByActivity(ActivityStatisticsQueryImpl zoekvraag) {
            alleenVoorCockpit();
            return super.getStatisticsCountGroupedByActivity(zoekvraag);
        }

        @Override
        public List<DeploymentStatistics> getStatisticsGroupedByDeployment(DeploymentStatisticsQueryImpl zoekvraag, Page pagina) {
            alleenVoorCockpit();
            return super.getStatisticsGroupedByDeployment(zoekvraag, pagina);
        }

        @Override
        public long getStatisticsCountGroupedByDeployment(DeploymentStatisticsQueryImpl zoekvraag) {
            alleenVoorCockpit();
            return super.getStatisticsCountGroupedByDeployment(zoekvraag);
        }

        private void alleenVoorCockpit() {
            CommandContext context = Context.getCommandContext();
            Authentication gebruiker = context.getAuthentication();
            if (!context.isAuthorizationCheckEnabled() || !isAuthorizationEnabled()
                    || gebruiker == null || gebruiker.getUserId() == null) {
                return;
            }
            if (!getAuthorizationManager().isAuthorized(gebruiker.getUserId(), gebruiker.getGroupIds(), ACCESS, APPLICATION, COCKPIT)) {
                throw new AuthorizationException("Statistieken van processen zijn er alleen voor wie Cockpit mag gebruiken; "
                        + gebruiker.getUserId() + " mag dat niet.");
            }
        }
    }
}
