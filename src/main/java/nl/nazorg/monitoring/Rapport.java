package nl.nazorg.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One report as JSON and CSV: its rows in order, and per column what it counts, so every figure can be explained.
 * Rows of totals carry {@code soort} "subtotaal" or "totaal".
 */
public record Rapport(String rapportage, String titel, String toelichting, LocalDate van, LocalDate tot,
                      List<Kolom> kolommen, List<Map<String, Object>> rijen) {

    public record Kolom(String naam, String titel, String uitleg) {
    }
}
