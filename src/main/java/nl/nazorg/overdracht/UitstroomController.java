package nl.nazorg.overdracht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.nazorg.api.ApiGebruiker;
import nl.nazorg.api.CasusToegang;
import nl.nazorg.api.Invoercontrole;
import nl.nazorg.casus.Casus;
import nl.nazorg.casus.Procesberichten;
import nl.nazorg.identity.GemeenteTabel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Detenties")
public class UitstroomController {

    private final CasusToegang toegang;
    private final Procesberichten berichten;
    private final GemeenteTabel gemeenten;

    public UitstroomController(CasusToegang toegang, Procesberichten berichten, GemeenteTabel gemeenten) {
        this.toegang = toegang;
        this.berichten = berichten;
        this.gemeenten = gemeenten;
    }

    @PostMapping(path = "/api/v1/detenties/{detentieId}/uitstroom", produces = "application/json")
    @Operation(summary = "Uit-detentiemelding ontvangen",
            description = "202; nogmaals melden verandert niets. 409 voor een afgesloten casus.")
    public ResponseEntity<Void> uitstroom(@PathVariable String detentieId, @RequestBody Uitstroommelding melding,
                                          @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        gebruiker.moetMeldenMogen();
        Casus casus = toegang.zichtbaarVoor(gebruiker, detentieId);
        new Invoercontrole()
                .eis(melding.uitstroomdatum() != null, "uitstroomdatum", "is verplicht")
                .eis(melding.uitstroomdatum() == null || !melding.uitstroomdatum().isBefore(casus.insluitingsdatum()),
                        "uitstroomdatum", "ligt voor de insluitingsdatum")
                .eis(gemeenten.kent(melding.uitstroomgemeenteCode()), "uitstroomgemeenteCode", GemeenteTabel.ONBEKEND)
                .weigerBijFouten();
        berichten.uitDetentie(casus, melding.uitstroomdatum(), melding.uitstroomgemeenteCode());
        return ResponseEntity.accepted().build();
    }
}
