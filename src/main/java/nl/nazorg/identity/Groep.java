package nl.nazorg.identity;

/** A Camunda group of the product: its id (kebab-case, as in the spec), Dutch name and kind. */
public record Groep(String id, String naam, Soort soort) {

    public enum Soort {
        /** Works tasks in Tasklist. */
        WERK,
        /** Reads the chain in Cockpit. */
        KETENMANAGER,
        /** Administers users and groups in Admin. */
        BEHEER,
        /** Another system feeding the product through /api/v1. */
        SYSTEEM
    }
}
