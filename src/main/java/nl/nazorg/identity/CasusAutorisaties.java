package nl.nazorg.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Who may see one case: the groups of its PI and of its region read its process instance (in Cockpit and the
 * REST API), and so do the groups of the partners involved in it while they are. Tasks, and their history, are
 * granted by the engine to their candidate groups (see {@link Taakgeschiedenisrechten}).
 */
@Component
public class CasusAutorisaties {

    private final Autorisaties autorisaties;
    private final HistoryService historie;

    public CasusAutorisaties(Autorisaties autorisaties, HistoryService historie) {
        this.autorisaties = autorisaties;
        this.historie = historie;
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

    /**
     * The old PI's groups lose the case, and its tasks with their history: Camunda keeps a group's grant on a task when
     * the group stops being its candidate, and its grant on the task's history after the task ends.
     */
    public void bijOverplaatsing(String processInstanceId, String oudePi, String nieuwePi) {
        List<String> oudeGroepen = Groepsindeling.groepenVanPi(oudePi);
        oudeGroepen.forEach(groep -> autorisaties.trekIn(groep, Resources.PROCESS_INSTANCE, processInstanceId));
        for (HistoricTaskInstance taak : historie.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list()) {
            for (String groep : oudeGroepen) {
                autorisaties.trekIn(groep, Resources.TASK, taak.getId());
                autorisaties.trekIn(groep, Resources.HISTORIC_TASK, taak.getId());
            }
        }
        Groepsindeling.groepenVanPi(nieuwePi)
                .forEach(groep -> autorisaties.verleen(groep, Resources.PROCESS_INSTANCE, processInstanceId, READ));
        Taakkolommen.bijOverplaatsing(processInstanceId, nieuwePi);
    }

    /** Someone of the old PI who had claimed a task of the case no longer works it, nor reads its history. */
    public void bijVrijgeven(String taskId, String gebruiker) {
        autorisaties.trekInVoorGebruiker(gebruiker, Resources.TASK, taskId);
        autorisaties.trekInVoorGebruiker(gebruiker, Resources.HISTORIC_TASK, taskId);
    }
}
