package nl.nazorg.termijn;

import java.time.LocalDate;
import nl.nazorg.casus.Termijn;

/** Published inside the process step that completes the work of a deadline, for those who keep figures. */
public record TermijnAfgerond(String detentieId, Termijn termijn, LocalDate dag) {
}
