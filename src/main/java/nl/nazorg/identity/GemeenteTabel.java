package nl.nazorg.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The gemeenten of the three regions, read from the decision table processes/zvh-regio.dmn itself, so
 * that groups, forms and validation never drift from the table that routes the cases.
 */
@Component
public class GemeenteTabel {

    private final Map<String, Gemeente> gemeenten;

    public GemeenteTabel() {
        this.gemeenten = lees("processes/zvh-regio.dmn");
    }

    public record Gemeente(String code, String naam, String regio) {
    }

    /** In the order of the table, which is the order of Bijlage 2 of the memo. */
    public Map<String, Gemeente> gemeenten() {
        return gemeenten;
    }

    public Optional<Gemeente> zoek(String code) {
        return Optional.ofNullable(gemeenten.get(code));
    }

    private static Map<String, Gemeente> lees(String pad) {
        try (InputStream in = new ClassPathResource(pad).getInputStream()) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            Map<String, Gemeente> resultaat = new LinkedHashMap<>();
            for (Rule regel : model.getModelElementsByType(Rule.class)) {
                String code = zonderAanhalingstekens(regel.getInputEntries().iterator().next().getTextContent());
                if (code.startsWith("GM")) {
                    String regio = zonderAanhalingstekens(regel.getOutputEntries().iterator().next().getTextContent());
                    String naam = regel.getDescription() == null ? code : regel.getDescription().getTextContent().trim();
                    resultaat.put(code, new Gemeente(code, naam, regio));
                }
            }
            return Collections.unmodifiableMap(resultaat);
        } catch (IOException e) {
            throw new UncheckedIOException("Beslistabel " + pad + " niet leesbaar", e);
        }
    }

    private static String zonderAanhalingstekens(String tekst) {
        return tekst.trim().replace("\"", "");
    }
}
