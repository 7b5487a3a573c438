package nl.nazorg.partner;

import java.time.Instant;

/** A document kept with the case (table document), without its bytes; read those with {@link DocumentArchief#lees}. */
public record Document(long id, String detentieId, Soort soort, String bestandsnaam, String mediaType, long grootte,
                       String sha256, Instant aangemaaktOp) {

    public enum Soort {
        /** The D&R-plan as adopted by the MDO (Task_DeelPlan). */
        DR_PLAN,
        /** The warm handover (Task_VerstuurOverdracht). */
        OVERDRACHT,
        /** The letter to a zelfmelder (Task_VerstuurBrief); kept under the zelfmelderId. */
        BRIEF_ZELFMELDER
    }
}
