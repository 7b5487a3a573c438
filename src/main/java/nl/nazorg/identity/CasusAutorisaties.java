package nl.nazorg.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may see one case: the groups of its PI and of its region read its process instance (in Cockpit and the
 * REST API). Tasks are granted by the engine to their candidate groups.
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

    public void bijOverplaatsing(String processInstanceId, String oudePi, String nieuwePi) {
        Groepsindeling.groepenVanPi(oudePi)
                .forEach(groep -> autorisaties.trekIn(groep, Resources.PROCESS_INSTANCE, processInstanceId));
        Groepsindeling.groepenVanPi(nieuwePi)
                .forEach(groep -> autorisaties.verleen(groep, Resources.PROCESS_INSTANCE, processInstanceId, READ));
        Taakkolommen.bijOverplaatsing(processInstanceId, nieuwePi);
    }
}
