package nl.nazorg.partner;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A message or document for a partner. The {@code sleutel} identifies the step that sends it, so that a
 * job that runs again finds it already sent. The {@code bijlage} (a file such as the D&R-plan PDF) is optional.
 */
public record Bericht(
        String sleutel,
        String detentieId,
        Kanaal kanaal,
        String ontvanger,
        String onderwerp,
        String inhoud,
        Bijlage bijlage) {

    public enum Kanaal { MAIL, GCOS, INJUS, POST, CJIB }

    /** A message without attachment. */
    public Bericht(String sleutel, String detentieId, Kanaal kanaal, String ontvanger, String onderwerp, String inhoud) {
        this(sleutel, detentieId, kanaal, ontvanger, onderwerp, inhoud, null);
    }

    /** The process instance whose step sends this message: the part of the sleutel before its first "/". */
    public String procesInstantieId() {
        int einde = sleutel.indexOf('/');
        return einde > 0 ? sleutel.substring(0, einde) : null;
    }

    /** One message per process instance, step and receiver; the sleutel starts with the process instance id. */
    public static String sleutel(DelegateExecution execution, String ontvanger) {
        return execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + ontvanger;
    }
}
