package nl.nazorg.zelfmelder;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The melding of a zelfmelder by CJIB/OM: someone sentenced who must report to a PI on the oproepdatum. */
@Schema(description = "Melding van een zelfmelder")
public record Zelfmeldermelding(
        @Schema(example = "ZM-2026-0001")
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "mag alleen letters, cijfers en streepjes bevatten (hoogstens 64)")
        String zelfmelderId,
        @Schema(example = "111222333") @NotBlank(message = "is verplicht") String bsn,
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is langer dan 200 tekens") String achternaam,
        @NotBlank(message = "is verplicht") @Size(max = 20, message = "is langer dan 20 tekens") String voorletters,
        @NotNull(message = "is verplicht") LocalDate geboortedatum,
        @NotBlank(message = "is verplicht") @Pattern(regexp = "[MVX]", message = "moet M, V of X zijn") String geslacht,
        @Schema(example = "GM0983")
        @NotBlank(message = "is verplicht") @Pattern(regexp = "GM[0-9]{4}", message = "is geen CBS-gemeentecode (GM gevolgd door 4 cijfers)")
        String gemeenteCode,
        @Schema(example = "2027-01-11") @NotNull(message = "is verplicht") LocalDate oproepdatum) {
}
