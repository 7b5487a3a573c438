package nl.nazorg.system;

import java.io.IOException;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Walks the components of a Camunda Form (form-js JSON), also those inside groups and dynamic lists. */
public final class Formulierbestand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Formulierbestand() {
    }

    /** Visits every component; the visitor answers whether to go on into the components it holds. */
    public static void doorloop(byte[] formulier, Predicate<JsonNode> bezoekEnGaDieper) {
        try {
            doorloop(JSON.readTree(formulier), bezoekEnGaDieper);
        } catch (IOException e) {
            throw new IllegalArgumentException("Formulier is geen geldige JSON", e);
        }
    }

    private static void doorloop(JsonNode component, Predicate<JsonNode> bezoekEnGaDieper) {
        for (JsonNode veld : component.path("components")) {
            if (bezoekEnGaDieper.test(veld)) {
                doorloop(veld, bezoekEnGaDieper);
            }
        }
    }
}
