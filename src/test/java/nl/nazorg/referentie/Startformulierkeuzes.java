package nl.nazorg.referentie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The selects of the start forms whose options are reference data: Tasklist gives a start form no variables, so the
 * options are in the form, written from the tables (docs/referentiedata.md). Read, compared and written here; written
 * as the Camunda Modeler and the other forms are (two spaces, {@code "key": value}), so that only the list changes.
 */
final class Startformulierkeuzes {

    static final String GEMEENTE = "gemeenteCode";
    static final String PI = "piCode";

    /** Per start form, the selects filled from a table. */
    static final Map<Path, List<String>> SELECTS = Map.of(
            Path.of("forms", "handmatige-melding.form"), List.of(GEMEENTE, PI),
            Path.of("forms", "zelfmelder-melding.form"), List.of(GEMEENTE));

    private static final ObjectMapper JSON = new ObjectMapper();

    private Startformulierkeuzes() {
    }

    static List<Keuze> lees(Path formulier, String veld) throws IOException {
        List<Keuze> keuzes = new ArrayList<>();
        for (JsonNode keuze : select(JSON.readTree(formulier.toFile()), veld).path("values")) {
            keuzes.add(new Keuze(keuze.path("label").asText(), keuze.path("value").asText()));
        }
        return keuzes;
    }

    /** What differs between the form and the table, in words; empty when the form offers exactly the table. */
    static List<String> verschil(List<Keuze> formulier, List<Keuze> tabel) {
        List<String> verschil = new ArrayList<>();
        Set<Keuze> ontbreekt = new LinkedHashSet<>(tabel);
        formulier.forEach(ontbreekt::remove);
        Set<Keuze> teVeel = new LinkedHashSet<>(formulier);
        tabel.forEach(teVeel::remove);
        ontbreekt.forEach(keuze -> verschil.add("ontbreekt: " + keuze.label()));
        teVeel.forEach(keuze -> verschil.add("niet (meer) in de tabel: " + keuze.label()));
        if (verschil.isEmpty() && !formulier.equals(tabel)) {
            verschil.add("andere volgorde dan in de tabel");
        }
        return verschil;
    }

    static void schrijf(Path formulier, String veld, List<Keuze> keuzes) throws IOException {
        JsonNode schema = JSON.readTree(formulier.toFile());
        ArrayNode waarden = select(schema, veld).putArray("values");
        keuzes.forEach(keuze -> waarden.addObject().put("label", keuze.label()).put("value", keuze.value()));
        DefaultIndenter inspringen = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter opmaak = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        opmaak.indentArraysWith(inspringen);
        opmaak.indentObjectsWith(inspringen);
        Files.writeString(formulier, JSON.writer(opmaak).writeValueAsString(schema) + "\n", StandardCharsets.UTF_8);
    }

    private static ObjectNode select(JsonNode schema, String veld) {
        for (JsonNode component : schema.path("components")) {
            if (veld.equals(component.path("key").asText()) && "select".equals(component.path("type").asText())) {
                return (ObjectNode) component;
            }
        }
        throw new IllegalStateException("Geen select '" + veld + "' in het startformulier");
    }
}
