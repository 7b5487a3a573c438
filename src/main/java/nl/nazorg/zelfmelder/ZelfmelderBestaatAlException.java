package nl.nazorg.zelfmelder;

import nl.nazorg.casus.OngeldigeProcesinvoerException;

/** A second start for a zelfmelder that already has a case; the start is rolled back as a whole. */
public class ZelfmelderBestaatAlException extends OngeldigeProcesinvoerException {

    public ZelfmelderBestaatAlException(String zelfmelderId) {
        super("Er bestaat al een zelfmeldercasus voor zelfmelderId " + zelfmelderId);
    }
}
