package nl.nazorg.plan;

/**
 * One action of the actielijst as the documents show it (Dutch labels and dates). {@code uitgevoerd} ("ja", "nee")
 * and {@code toelichting} are shown when the action records them, in the handover.
 */
public record Actieregel(String omschrijving, String leefgebied, String partij, String streefdatum, String uitgevoerd,
                         String toelichting) {
}
