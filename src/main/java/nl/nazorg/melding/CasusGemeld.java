package nl.nazorg.melding;

import java.time.LocalDate;

/** A new nazorg case was registered, with the memo's deadlines it starts with; published in that transaction. */
public record CasusGemeld(String detentieId, String piCode, String zvhRegio, String gemeenteCode, String geslacht,
                          LocalDate insluitingsdatum, LocalDate intakeDeadline, LocalDate informatiebladDeadline,
                          LocalDate planDeadline) {
}
