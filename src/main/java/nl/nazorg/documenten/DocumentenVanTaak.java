package nl.nazorg.documenten;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.nazorg.api.ApiFout;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.DocumentArchief;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.http.ContentDisposition;

/** The documents of the case of one task, for the logged-in Tasklist user; anything not theirs is 404. */
public class DocumentenVanTaak extends AbstractTasklistPluginResource {

    private final String taakId;
    private final CasusVanTaak casussen;

    DocumentenVanTaak(String engine, String taakId, CasusVanTaak casussen) {
        super(engine);
        this.taakId = taakId;
        this.casussen = casussen;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response lijst() {
        try {
            List<DocumentRegel> regels = casussen.documenten(gebruiker(), taakId).stream().map(DocumentRegel::van).toList();
            return Response.ok(regels).build();
        } catch (ApiFout.NietGevonden onbekend) {
            return nietGevonden(onbekend);
        }
    }

    /** Inline, so that the browser opens the PDF in its own viewer. */
    @GET
    @Path("{documentId}")
    public Response open(@PathParam("documentId") String documentId) {
        try {
            DocumentArchief.OpgeslagenDocument document = casussen.document(gebruiker(), taakId, documentId);
            return Response.ok(document.inhoud(), document.document().mediaType())
                    .header("Content-Disposition", ContentDisposition.inline()
                            .filename(document.document().bestandsnaam()).build().toString())
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        } catch (ApiFout.NietGevonden onbekend) {
            return nietGevonden(onbekend);
        }
    }

    private Authentication gebruiker() {
        return getProcessEngine().getIdentityService().getCurrentAuthentication();
    }

    private static Response nietGevonden(ApiFout.NietGevonden onbekend) {
        return Response.status(Response.Status.NOT_FOUND).type("text/plain;charset=UTF-8").entity(onbekend.getMessage()).build();
    }

    /** What the tab shows of a document: no case, no person. */
    public record DocumentRegel(long id, String soort, String omschrijving, String aangemaaktOp) {

        static DocumentRegel van(Document document) {
            return new DocumentRegel(document.id(), document.soort().name(), omschrijving(document.soort()),
                    document.aangemaaktOp().toString());
        }

        private static String omschrijving(Document.Soort soort) {
            return switch (soort) {
                case DR_PLAN -> "D&R-plan";
                case OVERDRACHT -> "Warme overdracht";
                case BRIEF_ZELFMELDER -> "Brief aan zelfmelder";
            };
        }
    }
}
