package nl.nazorg.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/** How values read in the documents for partners: Dutch dates and the Dutch names of codes. */
public final class DocumentOpmaak {

    public static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);

    private static final Map<String, String> LEEFGEBIEDEN = Map.of(
            "id-bewijs", "Identiteitsbewijs",
            "huisvesting", "Huisvesting",
            "werk-inkomen", "Werk en inkomen",
            "schulden", "Schulden",
            "zorg", "Zorg",
            "sociaal-netwerk", "Sociaal netwerk",
            "herstel", "Herstel");

    private static final Map<String, String> PARTIJEN = Map.of(
            "casemanager", "Casemanager PI",
            "regievoerder", "Regievoerder",
            "reclassering", "Reclassering",
            "gemeente", "Gemeente",
            "levensloopcasemanager", "Levensloopcasemanager",
            "zorginstelling", "Zorginstelling");

    private DocumentOpmaak() {
    }

    /** 30 april 2026. */
    public static String datum(LocalDate datum) {
        return datum == null ? null : DATUM.format(datum);
    }

    /**
     * A date as the process keeps it (ISO date {@code 2026-04-30}, ISO date-time with offset, or java.util.Date) in
     * Dutch; a value that is no date is shown as it is.
     */
    public static String datum(Object waarde) {
        if (waarde == null || waarde.toString().isBlank()) {
            return null;
        }
        if (waarde instanceof Date date) {
            return datum(date.toInstant().atZone(AMSTERDAM).toLocalDate());
        }
        String tekst = waarde.toString().trim();
        try {
            if (tekst.length() > 10) {
                return datum(OffsetDateTime.parse(tekst).atZoneSameInstant(AMSTERDAM).toLocalDate());
            }
            return datum(LocalDate.parse(tekst));
        } catch (DateTimeParseException e) {
            try {
                return datum(LocalDate.parse(tekst.substring(0, 10)));
            } catch (RuntimeException nietTeLezen) {
                return tekst;
            }
        }
    }

    /** huisvesting: Huisvesting; werk-inkomen: Werk en inkomen. Also accepts the form's field style (WerkInkomen). */
    public static String leefgebied(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String label = LEEFGEBIEDEN.get(leefgebiedCode(code));
        return label == null ? code.trim() : label;
    }

    /** The leefgebied code (werk-inkomen) of a code or a form field style name (WerkInkomen, werkInkomen). */
    public static String leefgebiedCode(String waarde) {
        String tekst = waarde.trim();
        String code = tekst.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(NEDERLANDS);
        if (code.equals("idbewijs")) {
            return "id-bewijs";
        }
        return code;
    }

    public static String partij(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String label = PARTIJEN.get(code.trim().toLowerCase(Locale.ROOT));
        return label == null ? code.trim() : label;
    }

    /** noord-limburg: Noord-Limburg; buiten-regio: buiten de drie regio's. */
    public static String regio(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (code.equals("buiten-regio")) {
            return "buiten de regio's";
        }
        StringBuilder naam = new StringBuilder();
        for (String deel : code.split("-")) {
            if (!naam.isEmpty()) {
                naam.append('-');
            }
            naam.append(deel.isEmpty() ? deel : Character.toUpperCase(deel.charAt(0)) + deel.substring(1));
        }
        return naam.toString();
    }

    /** A safe file name part for a detentieId. */
    public static String bestandsdeel(String detentieId) {
        return detentieId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
