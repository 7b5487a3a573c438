package nl.nazorg.referentie;

import nl.nazorg.identity.Referentiedata;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.nazorg.api.ApiFout;
import nl.nazorg.api.ApiGebruiker;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Beheer replaces the gemeenten with CBS's list of a new year, without a release (docs/referentiedata.md). */
@RestController
@Tag(name = "Referentiedata")
public class ReferentiedataController {

    private final GemeentenImport gemeentenImport;

    public ReferentiedataController(GemeentenImport gemeentenImport) {
        this.gemeentenImport = gemeentenImport;
    }

    @PostMapping(path = "/api/v1/referentiedata/gemeenten", consumes = "text/csv", produces = "application/json")
    @Operation(summary = "Gemeentetabel vervangen door het CBS-bestand 'Gemeenten alfabetisch'",
            description = "Alleen beheerders. Kopregel met GemeentecodeGM en Gemeentenaam (optioneel ZvhRegio, verplicht "
                    + "voor een nieuwe gemeente). Een fout bestand geeft 400 met elke foute regel en verandert niets.")
    public GemeentenImport.Resultaat gemeenten(@RequestBody byte[] csv,
                                               @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        if (!gebruiker.isBeheerder()) {
            throw new ApiFout.GeenToegang("Alleen beheerders mogen de referentiedata vervangen");
        }
        // UTF-8 whatever the Content-Type says: Spring would read text/csv without a charset as ISO-8859-1 ("Fryslân")
        return gemeentenImport.importeer(new String(csv, StandardCharsets.UTF_8));
    }
}
