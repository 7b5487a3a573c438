package nl.nazorg.zelfmelder;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.nazorg.api.ApiGebruiker;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/zelfmelders", produces = "application/json")
@Tag(name = "Zelfmelders", description = "Voorzorg voor wie zich later bij een PI meldt")
public class ZelfmeldersController {

    private final Zelfmelders zelfmelders;

    public ZelfmeldersController(Zelfmelders zelfmelders) {
        this.zelfmelders = zelfmelders;
    }

    @Schema(description = "Besluit van OM/CJIB over uitstel")
    public record Uitstelbesluit(Boolean toegekend, @Schema(example = "2027-03-01") LocalDate nieuweOproepdatum) {
    }

    @PostMapping
    @Operation(summary = "Zelfmelder melden", description = "Start de voorzorg (201); dezelfde zelfmelderId nogmaals geeft 200.")
    public ResponseEntity<Map<String, String>> meld(@RequestBody Zelfmeldermelding melding,
                                                    @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        gebruiker.moetMeldenMogen();
        zelfmelders.controleer(melding);
        boolean nieuw = zelfmelders.meld(melding);
        URI locatie = URI.create("/api/v1/zelfmelders/" + melding.zelfmelderId());
        Map<String, String> antwoord = Map.of("zelfmelderId", melding.zelfmelderId(),
                "status", nieuw || zelfmelders.isLopend(melding.zelfmelderId()) ? "lopend" : "afgesloten");
        return nieuw ? ResponseEntity.created(locatie).body(antwoord) : ResponseEntity.ok().location(locatie).body(antwoord);
    }

    @PostMapping("/{zelfmelderId}/reactie")
    @Operation(summary = "Reactie van de zelfmelder ontvangen", description = "202 in elke stap van een lopende casus: "
            + "de eerste reactie wordt bewaard en telt zodra de casus erop wacht; herhalen verandert niets. "
            + "409 voor een afgesloten casus.")
    public ResponseEntity<Void> reactie(@PathVariable String zelfmelderId,
                                        @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        gebruiker.moetMeldenMogen();
        zelfmelders.reactie(zelfmelderId);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{zelfmelderId}/uitstelbesluit")
    @Operation(summary = "Besluit over uitstel ontvangen", description = "202 zolang er een aanvraag om uitstel openstaat "
            + "(ook als de aanvraag nog wordt verstuurd): bij toekenning schuiven de oproepdatum en de bewaking mee. "
            + "Hetzelfde besluit nogmaals: 200. 409 zonder open aanvraag (nog niet aangevraagd, al besloten) of voor een "
            + "afgesloten casus, met de reden.")
    public ResponseEntity<Void> uitstelbesluit(@PathVariable String zelfmelderId, @RequestBody Uitstelbesluit besluit,
                                               @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        gebruiker.moetMeldenMogen();
        boolean nieuw = zelfmelders.uitstelbesluit(zelfmelderId, besluit.toegekend(), besluit.nieuweOproepdatum());
        return nieuw ? ResponseEntity.accepted().build() : ResponseEntity.ok().build();
    }
}
