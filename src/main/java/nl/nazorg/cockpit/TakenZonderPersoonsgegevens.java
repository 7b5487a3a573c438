package nl.nazorg.cockpit;

import java.util.ArrayList;
import java.util.List;

import nl.nazorg.identity.Groepsindeling;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The ketenmanager reads every task (Cockpit's dashboard counts them, its task page groups them), but a task search may
 * not name a variable: searching or sorting tasks by the value of a bsn or name would tell whether, and where, a person
 * has a case. The engine hides personal variables from the ketenmanager elsewhere; task queries join variables on their
 * own, so they are refused here, on every route (/engine-rest, /camunda/api, Java), with 403.
 */
@Component
class TakenZonderPersoonsgegevens extends AbstractProcessEnginePlugin {

    static final String WEIGERING = "Zoeken of sorteren van taken op variabelen is voor de ketenmanager niet toegestaan: "
            + "variabelen kunnen persoonsgegevens zijn.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setCustomPreCommandInterceptorsTxRequired(met(configuratie.getCustomPreCommandInterceptorsTxRequired(), configuratie));
        configuratie.setCustomPreCommandInterceptorsTxRequiresNew(met(configuratie.getCustomPreCommandInterceptorsTxRequiresNew(), configuratie));
    }

    /** Each of the engine's two command chains needs an instance of its own. */
    private static List<CommandInterceptor> met(List<CommandInterceptor> bestaand, ProcessEngineConfigurationImpl configuratie) {
        List<CommandInterceptor> lijst = bestaand == null ? new ArrayList<>() : new ArrayList<>(bestaand);
        lijst.add(new Controle(configuratie));
        return lijst;
    }

    private static final class Controle extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuratie;

        Controle(ProcessEngineConfigurationImpl configuratie) {
            this.configuratie = configuratie;
        }

        @Override
        public <T> T execute(Command<T> commando) {
            if (commando instanceof TaskQueryImpl zoekvraag && isKetenmanager() && noemtVariabelen(zoekvraag)) {
                throw new AuthorizationException(WEIGERING);
            }
            return next.execute(commando);
        }

        private boolean isKetenmanager() {
            Authentication aanmelding = configuratie.getIdentityService().getCurrentAuthentication();
            return configuratie.isAuthorizationEnabled() && aanmelding != null && aanmelding.getGroupIds() != null
                    && aanmelding.getGroupIds().contains(Groepsindeling.KETENMANAGER);
        }
    }

    /** A variable condition or a sort by a variable, in the query or one of its orQueries. */
    static boolean noemtVariabelen(TaskQueryImpl zoekvraag) {
        for (TaskQueryImpl deel : zoekvraag.getQueries()) {
            if (!deel.getVariables().isEmpty()) {
                return true;
            }
            for (QueryOrderingProperty volgorde : deel.getOrderingProperties()) {
                if (volgorde.getRelationConditions() != null && !volgorde.getRelationConditions().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
