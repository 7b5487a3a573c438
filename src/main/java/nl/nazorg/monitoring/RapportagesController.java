package nl.nazorg.monitoring;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.nazorg.api.ApiGebruiker;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The memo's monitoring as JSON or, with {@code Accept: text/csv}, as CSV; only the regions the caller may see. */
@RestController
@RequestMapping(value = "/api/v1/rapportages", produces = {MediaType.APPLICATION_JSON_VALUE, RapportCsv.MEDIA_TYPE})
public class RapportagesController {

    private static final String VAN = "Eerste dag (JJJJ-MM-DD), standaard 1 januari van dit jaar";
    private static final String TOT = "Laatste dag (JJJJ-MM-DD), standaard vandaag";

    private final Rapportages rapportages;

    public RapportagesController(Rapportages rapportages) {
        this.rapportages = rapportages;
    }

    @GetMapping("/informatiebladen")
    @Operation(summary = "Informatiebladen per PI (Bijlage 1)", description = "Instroom in de periode per PI, met "
            + "informatieblad en tijdig (binnen 10 werkdagen); daarna een totaalrij.")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Rapport.class)), @Content(mediaType = RapportCsv.MEDIA_TYPE)})
    public ResponseEntity<?> informatiebladen(@Parameter(description = VAN) @RequestParam(required = false) String van,
                                              @Parameter(description = TOT) @RequestParam(required = false) String tot,
                                              @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                              @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        return antwoord("informatiebladen", Periode.uit(van, tot), accept, gebruiker);
    }

    @GetMapping("/uitstroom")
    @Operation(summary = "Uitstroom per gemeente (Bijlage 2)", description = "Per uitstroomgemeente man, vrouw en totaal "
            + "in het jaar van de uitstroomdatum, met een subtotaal per regio en een totaal.")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Rapport.class)), @Content(mediaType = RapportCsv.MEDIA_TYPE)})
    public ResponseEntity<?> uitstroom(@Parameter(description = "Jaar (JJJJ), standaard dit jaar") @RequestParam(required = false) String jaar,
                                       @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        return antwoord(Rapportages.UITSTROOM, Periode.jaar(jaar), accept, gebruiker);
    }

    @GetMapping("/termijnen")
    @Operation(summary = "Termijnen gehaald", description = "Per termijn (bekendheid, contact, afstemmen, intake, "
            + "informatieblad, plan): aantal, tijdig, percentage, mediaan en 90e percentiel in dagen, gewaarschuwd vóór de "
            + "deadline en tijdig na een waarschuwing.")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Rapport.class)), @Content(mediaType = RapportCsv.MEDIA_TYPE)})
    public ResponseEntity<?> termijnen(@Parameter(description = VAN) @RequestParam(required = false) String van,
                                       @Parameter(description = TOT) @RequestParam(required = false) String tot,
                                       @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        return antwoord("termijnen", Periode.uit(van, tot), accept, gebruiker);
    }

    @GetMapping("/casuistiek")
    @Operation(summary = "Casuïstiek", description = "Enkelvoudig en meervoudig, hulpvragen per leefgebied, deel van de "
            + "acties uitgevoerd.")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Rapport.class)), @Content(mediaType = RapportCsv.MEDIA_TYPE)})
    public ResponseEntity<?> casuistiek(@Parameter(description = VAN) @RequestParam(required = false) String van,
                                        @Parameter(description = TOT) @RequestParam(required = false) String tot,
                                        @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                        @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        return antwoord("casuistiek", Periode.uit(van, tot), accept, gebruiker);
    }

    @GetMapping("/zelfmelders")
    @Operation(summary = "Zelfmelders", description = "Zelfmelders met oproepdatum in de periode, met een plan vóór die "
            + "datum, en uitstel.")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Rapport.class)), @Content(mediaType = RapportCsv.MEDIA_TYPE)})
    public ResponseEntity<?> zelfmelders(@Parameter(description = VAN) @RequestParam(required = false) String van,
                                         @Parameter(description = TOT) @RequestParam(required = false) String tot,
                                         @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                         @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        return antwoord("zelfmelders", Periode.uit(van, tot), accept, gebruiker);
    }

    @GetMapping("/uitstroomvoorbereiding")
    @Operation(summary = "Uitstroom voorbereid", description = "Per PI de casussen met een uitstroomdatum in de periode: "
            + "warme overdracht begonnen vóór de uitstroom, en op elk leefgebied met een hulpvraag een actie uitgevoerd.")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Rapport.class)), @Content(mediaType = RapportCsv.MEDIA_TYPE)})
    public ResponseEntity<?> uitstroomvoorbereiding(@Parameter(description = VAN) @RequestParam(required = false) String van,
                                                    @Parameter(description = TOT) @RequestParam(required = false) String tot,
                                                    @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                    @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        return antwoord("uitstroomvoorbereiding", Periode.uit(van, tot), accept, gebruiker);
    }

    @GetMapping("/caseload")
    @Operation(summary = "Caseload per casemanagergroep", description = "De casussen die vandaag lopen, per groep "
            + "casemanagers van de PI waar de persoon nu is; daarna een totaalrij.")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Rapport.class)), @Content(mediaType = RapportCsv.MEDIA_TYPE)})
    public ResponseEntity<?> caseload(@Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        return antwoord("caseload", Periode.uit(null, null), accept, gebruiker);
    }

    private ResponseEntity<?> antwoord(String naam, Periode periode, String accept, ApiGebruiker gebruiker) {
        Rapport rapport = rapportages.maak(naam, periode, Bereik.van(gebruiker));
        if (!wilCsv(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rapport);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(RapportCsv.bestandsnaam(rapport)).build().toString())
                .body(RapportCsv.van(rapport));
    }

    /** CSV when the client prefers it over JSON; JSON otherwise. */
    static boolean wilCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> typen = MediaType.parseMediaTypes(accept);
        MediaType csv = MediaType.parseMediaType(RapportCsv.MEDIA_TYPE);
        MediaType beste = null;
        for (MediaType type : typen) {
            boolean kent = type.isCompatibleWith(csv) || type.isCompatibleWith(MediaType.APPLICATION_JSON);
            if (kent && (beste == null || type.getQualityValue() > beste.getQualityValue())) {
                beste = type;
            }
        }
        return beste != null && beste.getType().equals("text") && beste.getSubtype().equals("csv");
    }
}
