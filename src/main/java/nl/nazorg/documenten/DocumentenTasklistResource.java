package nl.nazorg.documenten;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Tasklist's API for the plugin: {@code /camunda/api/tasklist/plugin/nazorg-documenten/{engine}/taken/{taakId}/documenten}.
 * Camunda's webapp filter lets only logged-in users through and sets them on the engine for the request. The address
 * names the task, never the case or the person. Jersey creates this class, so the archive comes from Spring.
 */
@Path("plugin/" + DocumentenTasklistPlugin.ID)
public class DocumentenTasklistResource extends AbstractTasklistPluginRootResource {

    public DocumentenTasklistResource() {
        super(DocumentenTasklistPlugin.ID);
    }

    @Path("{engine}/taken/{taakId}/documenten")
    public DocumentenVanTaak documenten(@PathParam("engine") String engine, @PathParam("taakId") String taakId) {
        var spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new DocumentenVanTaak(engine, taakId, spring.getBean(CasusVanTaak.class)), engine);
    }
}
