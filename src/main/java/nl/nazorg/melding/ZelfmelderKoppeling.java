package nl.nazorg.melding;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Port of the melding to the voorzorg: a new detainee who was an open zelfmelder brings the plan of approach. */
public interface ZelfmelderKoppeling {

    /** Ends the open zelfmelder case of this bsn as reported and links its plan to the nazorg case; false if none. */
    boolean koppel(DelegateExecution nazorgCasus, String bsn, String detentieId);
}
