package nl.nazorg.documenten;

import java.util.Set;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The documents sent to partners (D&R-plan, overdracht) and the letter to a zelfmelder, as a tab "Documenten" next to a task in Tasklist. Published
 * through META-INF/services; its tab is plugin-webapp/nazorg-documenten/app/plugin.js, its data
 * {@link DocumentenTasklistResource}, which the browser reaches with its Tasklist login (/api/v1 wants HTTP Basic).
 */
public class DocumentenTasklistPlugin extends AbstractTasklistPlugin {

    static final String ID = "nazorg-documenten";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DocumentenTasklistResource.class);
    }
}
