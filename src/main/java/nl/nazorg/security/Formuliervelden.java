package nl.nazorg.security;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a Camunda Form (form-js) submits: the key of every field, also inside groups, and the path of a
 * dynamic list or of a group that has one (the keys below it are inside that one variable). A key or path with dots
 * is nested data in the variable named by its first part.
 */
final class Formuliervelden {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Formuliervelden() {
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
            String pad = veld.path("path").asText("");
            if (!pad.isEmpty()) {
                namen.add(variabele(pad));
                continue;
            }
            if (veld.hasNonNull("key") && !"button".equals(veld.path("type").asText())) {
                namen.add(variabele(veld.get("key").asText()));
            }
            verzamel(veld, namen);
        }
    }

    private static String variabele(String pad) {
        int punt = pad.indexOf('.');
        return punt < 0 ? pad : pad.substring(0, punt);
    }
}
