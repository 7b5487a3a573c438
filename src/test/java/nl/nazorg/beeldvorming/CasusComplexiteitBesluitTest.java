package nl.nazorg.beeldvorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Beslistabel {@code casus-complexiteit} (processes/casus-complexiteit.dmn): 0–1 leefgebieden
 * enkelvoudig, 2+ meervoudig; gesprek coördinator nazorg alleen bij meervoudig en geen ZVH-cliënt
 * (werkproces stap 2d). Een ontbrekende zvhClient telt als geen ZVH-cliënt.
 * Standalone DMN-engine, geen Spring.
 */
class CasusComplexiteitBesluitTest {

    private static final Path DMN = Path.of("processes/casus-complexiteit.dmn");

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void engine() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN)) {
            decision = engine.parseDecision("casus-complexiteit", in);
        }
    }

    // zvhClient leeg in de CSV = null
    @ParameterizedTest(name = "{0} leefgebieden, zvhClient={1} -> {2}, gesprek={3}")
    @CsvSource({
        "0, true,  enkelvoudig, false",
        "0, false, enkelvoudig, false",
        "0,      , enkelvoudig, false",
        "1, true,  enkelvoudig, false",
        "1, false, enkelvoudig, false",
        "1,      , enkelvoudig, false",
        "2, true,  meervoudig,  false",
        "2, false, meervoudig,  true",
        "2,      , meervoudig,  true",
        "5, true,  meervoudig,  false",
        "5, false, meervoudig,  true",
        "5,      , meervoudig,  true",
    })
    void complexiteitEnGesprek(int aantalLeefgebieden, Boolean zvhClient,
                               String verwachteComplexiteit, boolean verwachtGesprek) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("aantalLeefgebieden", aantalLeefgebieden);
        variables.put("zvhClient", zvhClient);

        DmnDecisionResult result = engine.evaluateDecision(decision, variables);

        assertThat(result).hasSize(1);
        DmnDecisionResultEntries entries = result.getSingleResult();
        assertThat((String) entries.getEntry("complexiteit")).isEqualTo(verwachteComplexiteit);
        assertThat((Boolean) entries.getEntry("gesprekComplexeCasus")).isEqualTo(verwachtGesprek);
    }
}
