package nl.nazorg.termijn;

import java.time.LocalDate;
import nl.nazorg.casus.Termijn;

/** Published inside the step that warned the group that must act before a deadline, for those who keep figures. */
public record TermijnGewaarschuwd(String detentieId, Termijn termijn, LocalDate dag) {
}
