package nl.nazorg.documenten;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.nazorg.api.ApiFout;
import nl.nazorg.api.ApiGebruiker;
import nl.nazorg.api.CasusToegang;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.DocumentArchief;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The documents sent to partners (D&R-plan, overdracht), for those who may see the case. */
@RestController
@Tag(name = "Detenties")
public class DocumentenController {

    private final CasusToegang toegang;
    private final DocumentArchief archief;

    public DocumentenController(CasusToegang toegang, DocumentArchief archief) {
        this.toegang = toegang;
        this.archief = archief;
    }

    @GetMapping(path = "/api/v1/detenties/{detentieId}/documenten", produces = "application/json")
    @Operation(summary = "Documenten van een casus", description = "Het D&R-plan en de overdracht zoals ze naar partners zijn gestuurd.")
    public List<Document> lijst(@PathVariable String detentieId,
                                @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        toegang.zichtbaarVoor(gebruiker, detentieId);
        return archief.lijst(detentieId);
    }

    @GetMapping(path = "/api/v1/detenties/{detentieId}/documenten/{documentId}")
    @Operation(summary = "Document downloaden", description = "Het PDF-bestand zelf.")
    public ResponseEntity<byte[]> download(@PathVariable String detentieId, @PathVariable long documentId,
                                           @Parameter(hidden = true) @RequestAttribute(ApiGebruiker.ATTRIBUUT) ApiGebruiker gebruiker) {
        toegang.zichtbaarVoor(gebruiker, detentieId);
        DocumentArchief.OpgeslagenDocument document = archief.lees(documentId)
                .filter(d -> d.document().detentieId().equals(detentieId))
                .orElseThrow(() -> new ApiFout.NietGevonden("Geen document " + documentId + " bij deze casus"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.document().bestandsnaam()).build().toString())
                .body(document.inhoud());
    }
}
