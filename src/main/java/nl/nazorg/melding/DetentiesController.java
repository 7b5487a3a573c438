package nl.nazorg.melding;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.nazorg.api.ApiGebruiker;
import nl.nazorg.api.CasusToegang;
import nl.nazorg.casus.CasusOverzicht;
import nl.nazorg.casus.CasusOverzichten;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/detenties", produces = "application/json")
@Tag(name = "Detenties", description = "Eerstedagsmeldingen en de casussen die daaruit ontstaan")
public class DetentiesController {

    private final MeldingControle controle;
    private final Meldingen meldingen;
    private final CasusToegang toegang;
    private final CasusOverzichten overzichten;

    public DetentiesController(MeldingControle controle, Meldingen meldingen, CasusToegang toegang,
                               CasusOverzichten overzichten) {
        this.controle = controle;
        this.meldingen = meldingen;
        this.toegang = toegang;
        this.overzichten = overzichten;
    }

    @PostMapping
    @Operation(summary = "Eerstedagsmelding ontvangen",
            description = "Start de nazorgcasus (201). Dezelfde detentieId nogmaals geeft de bestaande casus (200).")
    public ResponseEntity<CasusOverzicht> meld(@RequestBody EersteDagsmelding melding,
                                               @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        gebruiker.moetMeldenMogen();
        controle.controleer(melding);
        boolean nieuw = meldingen.meld(melding);
        CasusOverzicht casus = overzichten.van(melding.detentieId()).orElseThrow();
        URI locatie = URI.create("/api/v1/detenties/" + melding.detentieId());
        return nieuw ? ResponseEntity.created(locatie).body(casus) : ResponseEntity.ok().location(locatie).body(casus);
    }

    @GetMapping("/{detentieId}")
    @Operation(summary = "Casus lezen", description = "Stap, open taken, termijnen en of die gehaald zijn.")
    public CasusOverzicht lees(@PathVariable String detentieId,
                               @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        toegang.zichtbaarVoor(gebruiker, detentieId);
        return overzichten.van(detentieId).orElseThrow();
    }
}
