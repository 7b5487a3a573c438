package nl.nazorg.overdracht;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** The uit-detentiemelding: the person has left detention, registered in this gemeente. */
@Schema(description = "Uit-detentiemelding")
public record Uitstroommelding(
        @Schema(example = "2026-12-18") LocalDate uitstroomdatum,
        @Schema(example = "GM0983", description = "CBS-code van de gemeente van inschrijving bij uitstroom") String uitstroomgemeenteCode) {
}
