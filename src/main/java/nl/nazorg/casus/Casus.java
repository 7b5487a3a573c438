package nl.nazorg.casus;

import java.time.LocalDate;

/** The application's own record of one detention; holds no bsn. */
public record Casus(
        String detentieId,
        String processInstanceId,
        String piCode,
        String gemeenteCode,
        String zvhRegio,
        LocalDate insluitingsdatum) {
}
