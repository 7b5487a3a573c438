package nl.nazorg.casus;

/** A notice of the chain for a case that has already been closed: a conflict with the case's state, not bad input. */
public class CasusAfgeslotenException extends RuntimeException {

    public CasusAfgeslotenException(String detentieId) {
        super("De casus " + detentieId + " is al afgesloten");
    }
}
