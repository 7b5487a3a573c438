package nl.nazorg.cockpit;

import nl.nazorg.security.NietPersoonlijkeVariabelen;
import nl.nazorg.security.Opdrachtcontroles;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The ketenmanager reads every task (Cockpit's dashboard counts them, its task page groups them), but a task search may
 * not name a variable: searching or sorting tasks by the value of a bsn or name would tell whether, and where, a person
 * has a case. The engine hides personal variables from the ketenmanager elsewhere; task queries join variables on their
 * own, so they are refused here, on every route (/engine-rest, /camunda/api, Java), with 403.
 * <p>
 * The variables of a task (also its form variables) are refused to the ketenmanager too: Cockpit shows a case's
 * variables on the process instance, and a ketenmanager's read of an action task's form variables, with the personal
 * ones filtered out, left that case impossible to delete afterwards (foreign key of a variable), seen on 7.24.0.
 */
@Component
class TakenZonderPersoonsgegevens extends AbstractProcessEnginePlugin {

    static final String WEIGERING = "Zoeken of sorteren van taken op variabelen is voor de ketenmanager niet toegestaan: "
            + "variabelen kunnen persoonsgegevens zijn.";

    static final String GEEN_TAAKVARIABELEN = "De variabelen van een taak zijn voor de ketenmanager niet in te zien; "
            + "de niet-persoonlijke gegevens van de casus staan bij de procesinstantie.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Opdrachtcontroles.voorContext(configuratie, () -> new Controle(configuratie));
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
            if (isTaakvariabelen(commando) && isKetenmanager()) {
                throw new AuthorizationException(GEEN_TAAKVARIABELEN);
            }
            return next.execute(commando);
        }

        private boolean isKetenmanager() {
            return NietPersoonlijkeVariabelen.geldenVoor(configuratie, configuratie.getIdentityService().getCurrentAuthentication());
        }
    }

    private static boolean isTaakvariabelen(Command<?> commando) {
        return commando instanceof GetTaskFormVariablesCmd || commando instanceof GetTaskVariablesCmd
                || commando instanceof GetTaskVariableCmd || commando instanceof GetTaskVariableCmdTyped;
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
