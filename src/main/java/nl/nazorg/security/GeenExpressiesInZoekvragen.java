package nl.nazorg.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 CE evaluates the expressions ({@code ${...}}, {@code #{...}}) in the orQueries of a task query, also
 * in a query that extends a stored filter: a logged-in user reached every bean the expression manager exposes. Here
 * the engine refuses, before a command runs and whatever route or encoding brought it:
 * <ul>
 * <li>a query executed as a command with an expression, in itself or in one of its orQueries;</li>
 * <li>a filter executed with an extending query that has an expression anywhere;</li>
 * <li>a filter saved with an expression anywhere, unless by the application itself (no authentication, as
 * {@code identity/TasklistFilters} with {@code ${currentUser()}}) or by a Camunda administrator.</li>
 * </ul>
 * Executing a stored filter without extending expressions stays allowed, so Tasklist's filters keep working.
 */
@Component
class GeenExpressiesInZoekvragen extends AbstractProcessEnginePlugin {

    static final String WEIGERING = "Expressies in zoekvragen zijn niet toegestaan";

    static final Commandoveld UITBREIDING = new Commandoveld(AbstractExecuteFilterCmd.class, "extendingQuery", "op expressies");
    static final Commandoveld FILTER = new Commandoveld(SaveFilterCmd.class, "filter", "op expressies");

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
            if (commando instanceof AbstractQuery<?, ?> zoekvraag) {
                weigerExpressie(zoekvraag, "de zoekvraag");
            } else if (commando instanceof AbstractExecuteFilterCmd) {
                Object uitbreiding = UITBREIDING.lees(commando);
                if (uitbreiding != null) {
                    weigerExpressie(uitbreiding, "de uitbreiding van het filter");
                }
            } else if (commando instanceof SaveFilterCmd && !magExpressiesOpslaan()) {
                Filter filter = (Filter) FILTER.lees(commando);
                if (filter != null && filter.getQuery() != null) {
                    weigerExpressie(filter.getQuery(), "de zoekvraag van het filter");
                }
            }
            return next.execute(commando);
        }

        private boolean magExpressiesOpslaan() {
            Authentication aanmelding = configuratie.getIdentityService().getCurrentAuthentication();
            return aanmelding == null || isCamundaBeheerder(aanmelding);
        }

        /** Camunda's own notion (AuthorizationManager#isCamundaAdmin): an admin group, such as camunda-admin, or user. */
        private boolean isCamundaBeheerder(Authentication aanmelding) {
            Collection<String> groepen = aanmelding.getGroupIds() == null ? List.of() : aanmelding.getGroupIds();
            return configuratie.getAdminGroups().stream().anyMatch(groepen::contains)
                    || configuratie.getAdminUsers().contains(aanmelding.getUserId());
        }
    }

    private static void weigerExpressie(Object zoekvraag, String waar) {
        expressieIn(zoekvraag).ifPresent(veld -> {
            throw new BadUserRequestException(WEIGERING + ": " + waar + " bevat een expressie (" + veld + ").");
        });
    }

    /**
     * The first field with an expression, in the query or, for a task query, in one of its orQueries (Camunda lists
     * the query itself first). A query of another kind cannot be checked and counts as one with an expression.
     */
    static Optional<String> expressieIn(Object zoekvraag) {
        if (zoekvraag instanceof TaskQueryImpl taken) {
            return taken.getQueries().stream().flatMap(deel -> deel.getExpressions().keySet().stream()).findFirst();
        }
        if (zoekvraag instanceof AbstractQuery<?, ?> andere) {
            return andere.getExpressions().keySet().stream().findFirst();
        }
        return Optional.of("onbekend soort zoekvraag");
    }
}
