package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The process suites must cover at least 95% of the flow nodes and sequence flows of their model. Reads the report
 * that Camunda's process test coverage wrote during the tests (mvn verify runs this after them).
 */
class ModeldekkingIT {

    static final double MINIMUM = 0.95;
    static final Path RAPPORTEN = Path.of("target", "process-test-coverage");

    @ParameterizedTest(name = "{0} dekt model {1}")
    @CsvSource({"nl.nazorg.NazorgProcesTest, nazorg", "nl.nazorg.ZelfmelderProcesTest, zelfmelder"})
    void procestestDektHetModel(String testklasse, String model) throws Exception {
        Path rapport = RAPPORTEN.resolve(testklasse).resolve("report.json");
        assertThat(rapport).as("dekkingsrapport van %s (draai mvn verify)", testklasse).exists();
        JsonNode json = new ObjectMapper().readTree(Files.readString(rapport));

        Set<String> gedekt = new HashSet<>();
        for (JsonNode run : json.path("suites").get(0).path("runs")) {
            for (JsonNode gebeurtenis : run.path("events")) {
                if (model.equals(gebeurtenis.path("modelKey").asText())) {
                    gedekt.add(gebeurtenis.path("definitionKey").asText());
                }
            }
        }
        int totaal = 0;
        for (JsonNode m : json.path("models")) {
            if (model.equals(m.path("key").asText())) {
                totaal = m.path("totalElementCount").asInt();
            }
        }
        double dekking = (double) gedekt.size() / totaal;
        System.out.printf("Modeldekking %s door %s: %d van %d knopen en pijlen (%.0f%%)%n",
                model, testklasse, gedekt.size(), totaal, dekking * 100);
        assertThat(dekking).as("dekking van %s door %s", model, testklasse).isGreaterThanOrEqualTo(MINIMUM);
    }
}
