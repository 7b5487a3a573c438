package nl.nazorg.plan;

/** A leefgebied in the D&R-plan: whether the screening found a hulpvraag, the intake note and the goal. */
public record LeefgebiedDoel(String leefgebied, boolean hulpvraag, String notitie, String doel) {
}
