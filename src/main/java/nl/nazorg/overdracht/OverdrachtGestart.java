package nl.nazorg.overdracht;

import java.time.LocalDate;

/** The warme overdracht of a case began (the task exists), on the given day. */
public record OverdrachtGestart(String detentieId, LocalDate dag) {
}
