package nl.nazorg.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may see one case: the groups of its PI and of its region read its process instance (in Cockpit and the
 * REST API), and so do the groups of the partners involved in it while they are. Tasks are granted by the engine to
 * their candidate groups.
 */
@Component
public class CasusAutorisaties {

    private final Autorisaties autorisaties;

    public CasusAutorisaties(Autorisaties autorisaties) {
        this.autorisaties = autorisaties;
    }

    public void bijStart(String processInstanceId, String piCode, String zvhRegio) {
        Groepsindeling.groepenVanCasus(piCode, zvhRegio)
                .forEach(groep -> autorisaties.verleen(groep, Resources.PROCESS_INSTANCE, processInstanceId, READ));
    }

    /** A zelfmelder case belongs to its gemeente, which directs the voorzorg. */
    public void bijZelfmelder(String processInstanceId, String gemeenteCode) {
        autorisaties.verleen("gemeente-" + gemeenteCode, Resources.PROCESS_INSTANCE, processInstanceId, READ);
    }

    /**
     * The partners involved now read the case; a partner no longer involved no longer does. The gemeente is that of
     * registration and, after release, the uitstroomgemeente that takes over; the groups of the case's PI and region
     * are none of these and keep their right.
     */
    public void bijBetrokkenheid(String processInstanceId, String zvhRegio, Collection<String> gemeenteCodes,
                                 Set<Partner> betrokken) {
        List<String> gemeenten = new ArrayList<>(new LinkedHashSet<>(gemeenteCodes));
        if (gemeenten.isEmpty()) {
            gemeenten.add(null);
        }
        Map<String, Boolean> leest = new LinkedHashMap<>();
        for (Partner partner : Partner.values()) {
            for (String gemeente : gemeenten) {
                partner.groep(zvhRegio, gemeente)
                        .ifPresent(groep -> leest.merge(groep, betrokken.contains(partner), Boolean::logicalOr));
            }
        }
        ZonderAutorisatiecontrole.uitvoeren(() -> leest.forEach((groep, betrokkenNu) -> {
            if (betrokkenNu) {
                autorisaties.verleen(groep, Resources.PROCESS_INSTANCE, processInstanceId, READ);
            } else {
                autorisaties.trekIn(groep, Resources.PROCESS_INSTANCE, processInstanceId);
            }
        }));
    }

    public void bijOverplaatsing(String processInstanceId, String oudePi, String nieuwePi) {
        Groepsindeling.groepenVanPi(oudePi)
                .forEach(groep -> autorisaties.trekIn(groep, Resources.PROCESS_INSTANCE, processInstanceId));
        Groepsindeling.groepenVanPi(nieuwePi)
                .forEach(groep -> autorisaties.verleen(groep, Resources.PROCESS_INSTANCE, processInstanceId, READ));
        Taakkolommen.bijOverplaatsing(processInstanceId, nieuwePi);
    }
}
