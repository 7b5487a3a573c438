package nl.nazorg.casus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case as /api/v1 shows it: where it stands, its open work and its deadlines. No bsn. */
@Schema(description = "Een nazorgcasus")
public record CasusOverzicht(
        String detentieId,
        @Schema(allowableValues = {"lopend", "afgesloten"}) String status,
        Stap stap,
        String piCode,
        String gemeenteCode,
        String zvhRegio,
        LocalDate insluitingsdatum,
        Boolean zvhClient,
        String complexiteit,
        Boolean zelfmelder,
        List<TermijnStand> termijnen,
        List<OpenTaak> openTaken) {

    public record Stap(int nummer, String naam) {
    }

    /** gehaald: true/false once decided, null while the work is open and the deadline has not passed. */
    public record TermijnStand(String termijn, OffsetDateTime deadline, OffsetDateTime afgerondOp, Boolean gehaald) {
    }

    public record OpenTaak(String taak, String naam, OffsetDateTime vervaldatum, List<String> groepen, String toegewezenAan) {
    }
}
