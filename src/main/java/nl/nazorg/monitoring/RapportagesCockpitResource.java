package nl.nazorg.monitoring;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Cockpit's API for the plugin: {@code /camunda/api/cockpit/plugin/nazorg-rapportages/{engine}/rapportages/...}.
 * Cockpit's security filter lets only logged-in users of the engine through; which figures they get follows from
 * their groups, as in /api/v1. Jersey creates this class, so the reports come from the application's Spring context.
 */
@Path("plugin/" + RapportagesCockpitPlugin.ID)
public class RapportagesCockpitResource extends AbstractCockpitPluginRootResource {

    public RapportagesCockpitResource() {
        super(RapportagesCockpitPlugin.ID);
    }

    @Path("{engine}/rapportages")
    public RapportagesVoorCockpit rapportages(@PathParam("engine") String engine) {
        var spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new RapportagesVoorCockpit(engine, spring.getBean(Rapportages.class),
                spring.getBean(com.fasterxml.jackson.databind.ObjectMapper.class)), engine);
    }
}
