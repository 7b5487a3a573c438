package nl.nazorg.zvh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Beslistabel {@code zvh-regio} (processes/zvh-regio.dmn): CBS-code van de gemeente naar
 * ZVH-regio volgens Bijlage 2 van het werkproces nazorg. Standalone DMN-engine, geen Spring.
 */
class ZvhRegioBesluitTest {

    private static final Path DMN = Path.of("processes/zvh-regio.dmn");
    private static final String DECISION_KEY = "zvh-regio";

    private static DmnEngine engine;
    private static DmnDecision decision;

    /** De 31 gemeenten van Bijlage 2: CBS-code, naam, verwachte ZVH-regio. */
    static Stream<Arguments> gemeenten() {
        return Stream.of(
                // Noord-Limburg (8)
                Arguments.of("GM0983", "Venlo", "noord-limburg"),
                Arguments.of("GM0984", "Venray", "noord-limburg"),
                Arguments.of("GM1894", "Peel en Maas", "noord-limburg"),
                Arguments.of("GM1507", "Horst aan de Maas", "noord-limburg"),
                Arguments.of("GM0893", "Bergen (L.)", "noord-limburg"),
                Arguments.of("GM0907", "Gennep", "noord-limburg"),
                Arguments.of("GM0944", "Mook en Middelaar", "noord-limburg"),
                Arguments.of("GM0889", "Beesel", "noord-limburg"),
                // Midden-Limburg (7)
                Arguments.of("GM1711", "Echt-Susteren", "midden-limburg"),
                Arguments.of("GM1640", "Leudal", "midden-limburg"),
                Arguments.of("GM0946", "Nederweert", "midden-limburg"),
                Arguments.of("GM0988", "Weert", "midden-limburg"),
                Arguments.of("GM1641", "Maasgouw", "midden-limburg"),
                Arguments.of("GM1669", "Roerdalen", "midden-limburg"),
                Arguments.of("GM0957", "Roermond", "midden-limburg"),
                // Zuid-Limburg (16)
                Arguments.of("GM1883", "Sittard-Geleen", "zuid-limburg"),
                Arguments.of("GM0971", "Stein", "zuid-limburg"),
                Arguments.of("GM0888", "Beek", "zuid-limburg"),
                Arguments.of("GM1954", "Beekdaelen", "zuid-limburg"),
                Arguments.of("GM0899", "Brunssum", "zuid-limburg"),
                Arguments.of("GM0882", "Landgraaf", "zuid-limburg"),
                Arguments.of("GM0928", "Kerkrade", "zuid-limburg"),
                Arguments.of("GM0981", "Vaals", "zuid-limburg"),
                Arguments.of("GM0965", "Simpelveld", "zuid-limburg"),
                Arguments.of("GM1729", "Gulpen-Wittem", "zuid-limburg"),
                Arguments.of("GM0986", "Voerendaal", "zuid-limburg"),
                Arguments.of("GM1903", "Eijsden-Margraten", "zuid-limburg"),
                Arguments.of("GM0935", "Maastricht", "zuid-limburg"),
                Arguments.of("GM0938", "Meerssen", "zuid-limburg"),
                Arguments.of("GM0994", "Valkenburg aan de Geul", "zuid-limburg"),
                Arguments.of("GM0917", "Heerlen", "zuid-limburg"));
    }

    @BeforeAll
    static void engine() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN)) {
            decision = engine.parseDecision(DECISION_KEY, in);
        }
    }

    private static String regio(String gemeenteCode) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("gemeenteCode", gemeenteCode);
        DmnDecisionResult result = engine.evaluateDecision(decision, variables);
        assertThat(result).as("precies één resultaat voor %s", gemeenteCode).hasSize(1);
        return result.getSingleEntry();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("gemeenten")
    void gemeenteUitBijlage2HoortBijHaarRegio(String code, String naam, String verwachteRegio) {
        assertThat(regio(code)).as("%s (%s)", naam, code).isEqualTo(verwachteRegio);
    }

    @ParameterizedTest(name = "onbekende code {0} -> buiten-regio")
    @NullSource
    @ValueSource(strings = {"GM0363", "GM9999", "", "gm0983"})
    void onbekendeOfOntbrekendeCodeIsBuitenRegio(String code) {
        // GM0363 = Amsterdam; codes zijn hoofdlettergevoelig zoals CBS ze uitgeeft
        assertThat(regio(code)).isEqualTo("buiten-regio");
    }

    @Test
    void tabelHeeftPrecies31GemeenteregelsEnEenVangnetAlsLaatste() throws IOException {
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(DMN)) {
            model = Dmn.readModelFromStream(in);
        }
        Decision dmnDecision = model.getModelElementById(DECISION_KEY);
        assertThat(dmnDecision).isNotNull();
        assertThat(dmnDecision.getName()).isEqualTo("ZVH-regio bepalen");
        assertThat(dmnDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("730");

        DecisionTable table = (DecisionTable) dmnDecision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        List<Rule> rules = List.copyOf(table.getRules());
        assertThat(rules).hasSize(32);

        List<Rule> gemeenteRegels = rules.subList(0, 31);
        Rule vangnet = rules.get(31);
        assertThat(inputEntry(vangnet)).as("laatste regel is het vangnet").isEqualTo("-");
        assertThat(outputEntry(vangnet)).isEqualTo("\"buiten-regio\"");

        // Elke gemeenteregel: één exacte code, naam in de annotatie, en samen precies de 31 gemeenten.
        Map<String, String> verwacht = gemeenten()
                .collect(Collectors.toMap(a -> (String) a.get()[0], a -> (String) a.get()[1]));
        Map<String, String> inTabel = gemeenteRegels.stream()
                .collect(Collectors.toMap(
                        r -> inputEntry(r).replace("\"", ""),
                        r -> r.getDescription().getTextContent().trim()));
        assertThat(inTabel).hasSize(31).containsExactlyInAnyOrderEntriesOf(verwacht);
    }

    private static String inputEntry(Rule rule) {
        assertThat(rule.getInputEntries()).hasSize(1);
        return rule.getInputEntries().iterator().next().getTextContent().trim();
    }

    private static String outputEntry(Rule rule) {
        assertThat(rule.getOutputEntries()).hasSize(1);
        return rule.getOutputEntries().iterator().next().getTextContent().trim();
    }
}
