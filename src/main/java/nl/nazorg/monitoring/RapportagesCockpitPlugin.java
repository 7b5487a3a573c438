package nl.nazorg.monitoring;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The memo's reports in Cockpit, as a page of its own ("Rapportages" in the menu). Published to Cockpit through
 * META-INF/services; its page is plugin-webapp/nazorg-rapportages/app/plugin.js, its data
 * {@link RapportagesCockpitResource}.
 */
public class RapportagesCockpitPlugin extends AbstractCockpitPlugin {

    static final String ID = "nazorg-rapportages";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(RapportagesCockpitResource.class);
    }
}
