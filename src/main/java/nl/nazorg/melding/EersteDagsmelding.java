package nl.nazorg.melding;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The eerstedagsmelding as the PI sends it (via Justis/Injus) on the first day of detention. */
@Schema(description = "Eerstedagsmelding van een nieuwe gedetineerde")
public record EersteDagsmelding(
        @Schema(example = "DET-2026-0001")
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "mag alleen letters, cijfers en streepjes bevatten (hoogstens 64)")
        String detentieId,
        @Schema(example = "111222333", description = "9 cijfers; moet de elfproef doorstaan")
        @NotBlank(message = "is verplicht")
        String bsn,
        @Schema(example = "Jansen")
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is langer dan 200 tekens")
        String achternaam,
        @Schema(example = "P.")
        @NotBlank(message = "is verplicht") @Size(max = 20, message = "is langer dan 20 tekens")
        String voorletters,
        @Schema(example = "1990-05-17")
        @NotNull(message = "is verplicht")
        LocalDate geboortedatum,
        @Schema(example = "M", allowableValues = {"M", "V", "X"})
        @NotBlank(message = "is verplicht") @Pattern(regexp = "[MVX]", message = "moet M, V of X zijn")
        String geslacht,
        @Schema(example = "GM0983", description = "CBS-code van de gemeente van inschrijving")
        @NotBlank(message = "is verplicht") @Pattern(regexp = "GM[0-9]{4}", message = "is geen CBS-gemeentecode (GM gevolgd door 4 cijfers)")
        String gemeenteCode,
        @Schema(example = "ter-peel")
        @NotBlank(message = "is verplicht")
        String piCode,
        @Schema(example = "2026-11-20")
        @NotNull(message = "is verplicht")
        LocalDate insluitingsdatum,
        @NotNull(message = "is verplicht")
        Boolean voorlopigeHechtenis,
        @Schema(example = "2027-01-15", description = "Optioneel; onbekend bij voorlopige hechtenis")
        LocalDate verwachteUitstroomdatum,
        @Schema(example = "2027-01-08", description = "Optioneel, alleen bij voorlopige hechtenis: de eerste zittingsdatum; "
                + "de warme overdracht wordt daarop voorbereid zolang er geen verwachte uitstroomdatum is")
        LocalDate zittingsdatum) {
}
