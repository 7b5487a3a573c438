package nl.nazorg.zelfmelder;

import nl.nazorg.casus.OngeldigeProcesinvoerException;

/** A zelfmelder melding for someone who has already reported in a PI: the nazorg case carries on, no voorzorg starts. */
public class AlInDetentieException extends OngeldigeProcesinvoerException {

    public AlInDetentieException() {
        super("Deze persoon heeft al een lopende nazorgcasus in detentie; er start geen voorzorg");
    }
}
