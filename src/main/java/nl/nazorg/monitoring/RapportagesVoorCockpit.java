package nl.nazorg.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.nazorg.api.ApiFout;
import nl.nazorg.api.ApiGebruiker;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * One report for the logged-in Cockpit user, as JSON or (Accept: text/csv) as a CSV download. The uitstroom report
 * covers the calendar year of {@code tot}, as the memo's Bijlage 2 does; the others the period itself.
 */
public class RapportagesVoorCockpit extends AbstractCockpitPluginResource {

    private static final String JSON = "application/json;charset=UTF-8";

    private final Rapportages rapportages;
    private final ObjectMapper json;

    RapportagesVoorCockpit(String engine, Rapportages rapportages, ObjectMapper json) {
        super(engine);
        this.rapportages = rapportages;
        this.json = json;
    }

    @GET
    @Path("{naam}")
    public Response rapport(@PathParam("naam") String naam, @QueryParam("van") String van,
                            @QueryParam("tot") String tot, @HeaderParam(HttpHeaders.ACCEPT) String accept)
            throws JsonProcessingException {
        try {
            Periode periode = Periode.uit(van, tot);
            if (Rapportages.UITSTROOM.equals(naam)) {
                periode = Periode.jaar(periode.tot().getYear());
            }
            Rapport rapport = rapportages.maak(naam, periode, bereik());
            if (RapportagesController.wilCsv(accept)) {
                return Response.ok(RapportCsv.van(rapport), "text/csv;charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + RapportCsv.bestandsnaam(rapport) + "\"")
                        .build();
            }
            return Response.ok(json.writeValueAsString(rapport), JSON).build();
        } catch (ApiFout fout) {
            return probleem(fout);
        }
    }

    private Bereik bereik() {
        Authentication aangemeld = getCurrentAuthentication();
        return Bereik.van(new ApiGebruiker(aangemeld.getUserId(), aangemeld.getGroupIds()));
    }

    private Response probleem(ApiFout fout) throws JsonProcessingException {
        int status = fout instanceof ApiFout.OngeldigeInvoer ? 400
                : fout instanceof ApiFout.GeenToegang ? 403
                : fout instanceof ApiFout.NietGevonden ? 404 : 409;
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "about:blank");
        document.put("status", status);
        document.put("title", fout instanceof ApiFout.OngeldigeInvoer ? "Ongeldige invoer" : "Rapportage niet beschikbaar");
        document.put("detail", fout.getMessage());
        if (fout instanceof ApiFout.OngeldigeInvoer ongeldig) {
            document.put("invalidParams", ongeldig.velden());
        }
        return Response.status(status).type("application/problem+json;charset=UTF-8")
                .entity(json.writeValueAsString(document)).build();
    }
}
