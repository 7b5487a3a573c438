package nl.nazorg.referentie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gemeente select ({@code gemeenteCode}) of a start form: Tasklist gives a start form no variables, so its options
 * are in the form, written from the gemeente table (docs/referentiedata.md). Read, compared and written here; written
 * as the Camunda Modeler and the other forms are (two spaces, {@code "key": value}), so that only the list changes.
 */
final class StartformulierGemeenten {

    static final List<Path> FORMULIEREN = List.of(Path.of("forms", "handmatige-melding.form"),
            Path.of("forms", "zelfmelder-melding.form"));

    private static final String VELD = "gemeenteCode";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StartformulierGemeenten() {
    }

    static List<Gemeentekeuzes.Keuze> lees(Path formulier) throws IOException {
        List<Gemeentekeuzes.Keuze> keuzes = new ArrayList<>();
        for (JsonNode keuze : select(JSON.readTree(formulier.toFile())).path("values")) {
            keuzes.add(new Gemeentekeuzes.Keuze(keuze.path("label").asText(), keuze.path("value").asText()));
        }
        return keuzes;
    }

    /** What differs between the form and the table, in words; empty when the form offers exactly the table. */
    static List<String> verschil(List<Gemeentekeuzes.Keuze> formulier, List<Gemeentekeuzes.Keuze> tabel) {
        List<String> verschil = new ArrayList<>();
        Set<Gemeentekeuzes.Keuze> ontbreekt = new LinkedHashSet<>(tabel);
        formulier.forEach(ontbreekt::remove);
        Set<Gemeentekeuzes.Keuze> teVeel = new LinkedHashSet<>(formulier);
        tabel.forEach(teVeel::remove);
        ontbreekt.forEach(keuze -> verschil.add("ontbreekt: " + keuze.label()));
        teVeel.forEach(keuze -> verschil.add("niet (meer) in de tabel: " + keuze.label()));
        if (verschil.isEmpty() && !formulier.equals(tabel)) {
            verschil.add("andere volgorde dan alfabetisch");
        }
        return verschil;
    }

    static void schrijf(Path formulier, List<Gemeentekeuzes.Keuze> keuzes) throws IOException {
        JsonNode schema = JSON.readTree(formulier.toFile());
        ObjectNode select = select(schema);
        ArrayNode waarden = select.putArray("values");
        keuzes.forEach(keuze -> waarden.addObject().put("label", keuze.label()).put("value", keuze.value()));
        DefaultIndenter inspringen = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter opmaak = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        opmaak.indentArraysWith(inspringen);
        opmaak.indentObjectsWith(inspringen);
        Files.writeString(formulier, JSON.writer(opmaak).writeValueAsString(schema) + "\n", StandardCharsets.UTF_8);
    }

    private static ObjectNode select(JsonNode schema) {
        for (JsonNode veld : schema.path("components")) {
            if (VELD.equals(veld.path("key").asText()) && "select".equals(veld.path("type").asText())) {
                return (ObjectNode) veld;
            }
        }
        throw new IllegalStateException("Geen select '" + VELD + "' in het startformulier");
    }
}
