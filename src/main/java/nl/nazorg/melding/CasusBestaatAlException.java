package nl.nazorg.melding;

import nl.nazorg.casus.OngeldigeProcesinvoerException;

/** A second start for a detention that already has a case; the start is rolled back as a whole. */
public class CasusBestaatAlException extends OngeldigeProcesinvoerException {

    public CasusBestaatAlException(String detentieId) {
        super("Er bestaat al een casus voor detentieId " + detentieId);
    }
}
