package nl.nazorg.api;

/** A field of a request body, with a valid JSON value for it. */
record Veld(String naam, Soort soort, String geldigeJson) {

    enum Soort {
        /** letters, digits and dashes, at most 64 */
        ID,
        /** any non-blank text up to a length limit */
        VRIJE_TEKST,
        /** a bsn, code or known name: nothing but the right value passes */
        CODE,
        DATUM,
        JANEE;

        /** Jackson refuses a non-date or non-boolean text itself, before any lookup of the case. */
        boolean doorJacksonGecontroleerd() {
            return this == DATUM || this == JANEE;
        }
    }
}
