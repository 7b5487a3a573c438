package nl.nazorg.referentie;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The input data a Camunda Form (form-js) takes its options from: the {@code valuesKey} of every field, also in groups. */
final class Formulierkeuzelijsten {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Formulierkeuzelijsten() {
    }

    static Set<String> van(byte[] formulier) {
        try {
            Set<String> namen = new TreeSet<>();
            verzamel(JSON.readTree(formulier), namen);
            return Set.copyOf(namen);
        } catch (IOException e) {
            throw new IllegalArgumentException("Formulier is geen geldige JSON", e);
        }
    }

    private static void verzamel(JsonNode component, Set<String> namen) {
        for (JsonNode veld : component.path("components")) {
            if (veld.hasNonNull("valuesKey")) {
                namen.add(veld.get("valuesKey").asText());
            }
            verzamel(veld, namen);
        }
    }
}
