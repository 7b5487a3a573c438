package nl.nazorg.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.nazorg.casus.CasusOverzichten;
import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.identity.Groepsindeling;
import nl.nazorg.zelfmelder.ZelfmelderVariabelen;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.QueryVariableValue;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The variables a ketenmanager may read: where a case is and how it keeps its deadlines, nothing about the person
 * (no bsn, name, birth date, intake answers, notes or plan). Monitoring the chain needs no more. Any name not listed
 * here is personal, so a new variable stays hidden until someone decides otherwise. This class also owns the
 * question whether a user is held to these variables, for every check that guards them.
 */
public final class NietPersoonlijkeVariabelen {

    static final Set<String> NAMEN = Stream.concat(CasusOverzichten.HISTORISCH_GELEZEN.stream(), Stream.of(
                    NazorgVariabelen.PI_CODE, NazorgVariabelen.ZVH_REGIO, NazorgVariabelen.GEMEENTE_CODE,
                    ZelfmelderVariabelen.WEEK_1, ZelfmelderVariabelen.WEEK_3, ZelfmelderVariabelen.WEEK_4))
            .collect(Collectors.toUnmodifiableSet());

    private NietPersoonlijkeVariabelen() {
    }

    /**
     * Whether the current engine command reads for a ketenmanager, with Camunda's authorization check on. The
     * process's own bookkeeping (without authorization check) and the engine's jobs read everything.
     */
    static boolean geldenNu() {
        CommandContext context = Context.getCommandContext();
        return context != null && context.isAuthorizationCheckEnabled()
                && geldenVoor(context.getProcessEngineConfiguration(), context.getAuthentication());
    }

    /**
     * Whether this user is held to these variables: a ketenmanager, on an engine that checks authorizations. For a
     * check that runs before the engine's command context exists.
     */
    public static boolean geldenVoor(ProcessEngineConfigurationImpl configuratie, Authentication gebruiker) {
        return configuratie.isAuthorizationEnabled() && gebruiker != null && gebruiker.getGroupIds() != null
                && gebruiker.getGroupIds().contains(Groepsindeling.KETENMANAGER);
    }

    static boolean isToegestaan(String naam) {
        return NAMEN.contains(naam);
    }

    /** The asked names that may be read, or all that may be read when none were asked. */
    static String[] toegestaanVan(Collection<String> gevraagd) {
        Stream<String> namen = gevraagd == null || gevraagd.isEmpty() ? NAMEN.stream()
                : gevraagd.stream().filter(NietPersoonlijkeVariabelen::isToegestaan);
        return namen.distinct().sorted().toArray(String[]::new);
    }

    static String[] toegestaanVan(String[] gevraagd) {
        return toegestaanVan(gevraagd == null ? null : Arrays.asList(gevraagd));
    }

    /** A search by the value of a personal variable would tell whether someone has a case: refused. */
    static void weigerZoekenOpPersoonsgegevens(List<QueryVariableValue> voorwaarden) {
        for (QueryVariableValue voorwaarde : voorwaarden) {
            if (!isToegestaan(voorwaarde.getName())) {
                throw new AuthorizationException("Zoeken op variabele '" + voorwaarde.getName()
                        + "' is voor de ketenmanager niet toegestaan: het is een persoonsgegeven.");
            }
        }
    }
}
