package nl.nazorg.overplaatsing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.nazorg.api.ApiGebruiker;
import nl.nazorg.api.CasusToegang;
import nl.nazorg.api.Invoercontrole;
import nl.nazorg.casus.Casus;
import nl.nazorg.casus.Procesberichten;
import nl.nazorg.partner.PartnerAdressen;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Detenties")
public class OverplaatsingController {

    private final CasusToegang toegang;
    private final Procesberichten berichten;
    private final PartnerAdressen adressen;

    public OverplaatsingController(CasusToegang toegang, Procesberichten berichten, PartnerAdressen adressen) {
        this.toegang = toegang;
        this.berichten = berichten;
        this.adressen = adressen;
    }

    @Schema(description = "Overplaatsing naar een andere PI")
    public record Overplaatsing(@Schema(example = "sittard") String piCode) {
    }

    @PostMapping(path = "/api/v1/detenties/{detentieId}/overplaatsing", produces = "application/json")
    @Operation(summary = "Overplaatsing ontvangen",
            description = "202: de casus en haar open taken gaan naar de groepen van de nieuwe PI. Herhalen verandert niets.")
    public ResponseEntity<Void> overplaatsing(@PathVariable String detentieId, @RequestBody Overplaatsing melding,
                                              @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        gebruiker.moetMeldenMogen();
        Casus casus = toegang.zichtbaarVoor(gebruiker, detentieId);
        new Invoercontrole()
                .eis(melding.piCode() != null && adressen.kentPi(melding.piCode()), "piCode", "is geen bekende PI")
                .weigerBijFouten();
        berichten.overplaatsing(casus, melding.piCode());
        return ResponseEntity.accepted().build();
    }
}
