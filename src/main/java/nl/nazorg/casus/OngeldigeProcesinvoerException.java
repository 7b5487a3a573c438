package nl.nazorg.casus;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that a process cannot start or continue with; the message names the field and never its value. A bad request
 * in Camunda's terms: the engine logs it quietly instead of as an error with a stack trace, and its REST API answers
 * 400 where it answers bad requests at all.
 */
public class OngeldigeProcesinvoerException extends BadUserRequestException {

    public OngeldigeProcesinvoerException(String message) {
        super(message);
    }

    /** Whether a failure of the engine was caused, somewhere down its chain, by this kind of refusal. */
    public static boolean veroorzaakt(Throwable fout, Class<? extends OngeldigeProcesinvoerException> soort) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (soort.isInstance(oorzaak)) {
                return true;
            }
        }
        return false;
    }
}
