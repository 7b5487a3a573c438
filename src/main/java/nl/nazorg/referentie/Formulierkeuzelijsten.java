package nl.nazorg.referentie;

import java.util.Set;
import java.util.TreeSet;

import nl.nazorg.system.Formulierbestand;

/** The input data a Camunda Form (form-js) takes its options from: the {@code valuesKey} of every field, also in groups. */
final class Formulierkeuzelijsten {

    private Formulierkeuzelijsten() {
    }

    static Set<String> van(byte[] formulier) {
        Set<String> namen = new TreeSet<>();
        Formulierbestand.doorloop(formulier, veld -> {
            if (veld.hasNonNull("valuesKey")) {
                namen.add(veld.get("valuesKey").asText());
            }
            return true;
        });
        return Set.copyOf(namen);
    }
}
