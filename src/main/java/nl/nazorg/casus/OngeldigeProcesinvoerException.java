package nl.nazorg.casus;

import org.camunda.bpm.engine.ProcessEngineException;

/** Input that a process cannot start or continue with; the message names the field and never its value. */
public class OngeldigeProcesinvoerException extends ProcessEngineException {

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
