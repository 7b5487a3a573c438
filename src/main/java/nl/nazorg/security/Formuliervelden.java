package nl.nazorg.security;

import java.util.Set;
import java.util.TreeSet;

import nl.nazorg.system.Formulierbestand;

/**
 * The variables a Camunda Form (form-js) submits: the key of every field, also inside groups, and the path of a
 * dynamic list or of a group that has one (the keys below it are inside that one variable). A key or path with dots
 * is nested data in the variable named by its first part.
 */
final class Formuliervelden {

    private Formuliervelden() {
    }

    static Set<String> van(byte[] formulier) {
        Set<String> namen = new TreeSet<>();
        Formulierbestand.doorloop(formulier, veld -> {
            String pad = veld.path("path").asText("");
            if (!pad.isEmpty()) {
                namen.add(variabele(pad));
                return false;
            }
            if (veld.hasNonNull("key") && !"button".equals(veld.path("type").asText())) {
                namen.add(variabele(veld.get("key").asText()));
            }
            return true;
        });
        return Set.copyOf(namen);
    }

    private static String variabele(String pad) {
        int punt = pad.indexOf('.');
        return punt < 0 ? pad : pad.substring(0, punt);
    }
}
