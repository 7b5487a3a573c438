package nl.nazorg.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ under stable names ("processes/nazorg.bpmn"), whatever the way the
 * application was launched, so that nodes and restarts on one database share one deployment
 * (stack note 3). Unchanged models are filtered out: a restart creates no new version.
 */
@Component
@Order(20)
public class ModelDeployment implements Opstartstap {

    static final String DEPLOYMENT_NAME = "nazorg";
    static final String[] PATTERNS = {
            "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"};

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repository;

    public ModelDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    /** Called by {@link Opstart}. */
    @Override
    public void richtIn() {
        DeploymentBuilder builder = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        builder.addInputStream(folder + resource.getFilename(), in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Modellen niet leesbaar", e);
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        LOG.info("Modellen gedeployd: deployment {} met {} procesdefinities",
                deployment.getId(), deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size());
    }
}
