package nl.nazorg.monitoring;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * CSV as Dutch spreadsheets open it: semicolon-separated, a header row with the column names of the contract,
 * one line per row. Text that a spreadsheet would run as a formula is written as plain text.
 */
public final class RapportCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private RapportCsv() {
    }

    public static String van(Rapport rapport) {
        StringBuilder csv = new StringBuilder();
        csv.append(rapport.kolommen().stream().map(k -> cel(k.naam())).collect(Collectors.joining(";"))).append("\r\n");
        for (Map<String, Object> rij : rapport.rijen()) {
            csv.append(rapport.kolommen().stream().map(k -> cel(rij.get(k.naam()))).collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    public static String bestandsnaam(Rapport rapport) {
        return "%s-%s-%s.csv".formatted(rapport.rapportage(), rapport.van(), rapport.tot());
    }

    private static String cel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof Number) {
            return waarde.toString();
        }
        String tekst = waarde.toString();
        if (!tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        if (tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            tekst = "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }
}
