package nl.nazorg.casus;

import org.camunda.bpm.engine.ProcessEngineException;

/** Input that a process cannot start or continue with; the message names the field and never its value. */
public class OngeldigeProcesinvoerException extends ProcessEngineException {

    public OngeldigeProcesinvoerException(String message) {
        super(message);
    }
}
