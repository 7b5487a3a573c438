package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.nazorg.PostgresSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Expressions reach exactly the beans the deployed models name, and nothing like jdbcTemplate. */
class ZichtbareBeansTest extends PostgresSpringTest {

    /** As Camunda's JUEL (profile JEE6): {@code acties.lijst(execution)} is a method call. */
    private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    @Autowired RepositoryService repository;
    @Autowired ApplicationContext context;
    @Autowired ProcessEngine engine;

    @Test
    void deLijstIsPreciesDeBeansDieDeGedeploydeModellenNoemen() throws Exception {
        Deployment modellen = repository.createDeploymentQuery().deploymentName("nazorg").orderByDeploymentTime().desc()
                .list().get(0);
        Set<String> namen = new TreeSet<>();
        for (String resource : repository.getDeploymentResourceNames(modellen.getId())) {
            if (resource.endsWith(".bpmn") || resource.endsWith(".dmn")) {
                try (InputStream model = repository.getResourceAsStream(modellen.getId(), resource)) {
                    DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
                    fabriek.setNamespaceAware(true);
                    verzamel(fabriek.newDocumentBuilder().parse(model).getDocumentElement(), namen);
                }
            }
        }
        // The other names are process variables and Camunda's execution and task.
        Set<String> beans = namen.stream().filter(context::containsBean).collect(Collectors.toCollection(TreeSet::new));

        assertThat(namen).contains("execution", "piCode", "termijnen", "checkBekendheidDelegate");
        assertThat(ZichtbareBeans.NAMEN).containsExactlyInAnyOrderElementsOf(beans);
    }

    @Test
    void gevaarlijkeBeansZijnOnbereikbaarInExpressies() {
        for (String naam : List.of("jdbcTemplate", "dataSource", "runtimeService", "identityService")) {
            assertThat(context.containsBean(naam)).as(naam).isTrue();
            assertThatThrownBy(() -> waarde("${" + naam + "}")).as(naam).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Unknown property used in expression");
        }
        assertThatThrownBy(() -> waarde("${applicationContext}")).hasMessageContaining("Unknown property used in expression");
        assertThat(waarde("${termijnen}")).isSameAs(context.getBean("termijnen"));
    }

    private Object waarde(String expressie) {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuratie.getCommandExecutorTxRequired()
                .execute(opdracht -> configuratie.getExpressionManager().createExpression(expressie).getValue(null));
    }

    /** The root names of every ${...} and #{...} in attributes and texts; documentation is prose. */
    private static void verzamel(Element element, Set<String> namen) {
        if (element.getLocalName().equals("documentation")) {
            return;
        }
        NamedNodeMap attributen = element.getAttributes();
        for (int i = 0; i < attributen.getLength(); i++) {
            namenIn(attributen.item(i).getNodeValue(), namen);
        }
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind instanceof Element sub) {
                verzamel(sub, namen);
            } else if (kind.getNodeType() == Node.TEXT_NODE || kind.getNodeType() == Node.CDATA_SECTION_NODE) {
                namenIn(kind.getNodeValue(), namen);
            }
        }
    }

    private static void namenIn(String tekst, Set<String> namen) {
        if (tekst.contains("${") || tekst.contains("#{")) {
            for (IdentifierNode naam : JUEL.build(tekst.strip()).getIdentifierNodes()) {
                namen.add(naam.getName());
            }
        }
    }
}
