package nl.nazorg.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gemeenten of the Flyway baseline (V10) for tests without a database. */
public final class Testgemeenten {

    private static final Path BASELINE = Path.of("src/main/resources/db/migration/V10__referentiedata.sql");
    private static final Pattern RIJ = Pattern.compile("\\('(GM\\d{4})', '((?:[^']|'')*)', '([a-z-]+)', \\d+\\)");

    private Testgemeenten() {
    }

    /** Every gemeente of the baseline, in its order. */
    public static Map<String, GemeenteTabel.Gemeente> baseline() {
        try {
            Map<String, GemeenteTabel.Gemeente> gemeenten = new LinkedHashMap<>();
            Matcher rij = RIJ.matcher(Files.readString(BASELINE));
            while (rij.find()) {
                gemeenten.put(rij.group(1), new GemeenteTabel.Gemeente(rij.group(1), rij.group(2).replace("''", "'"), rij.group(3)));
            }
            return gemeenten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gemeente table holding the baseline, for code that only looks gemeenten up. */
    public static GemeenteTabel tabel() {
        Map<String, GemeenteTabel.Gemeente> gemeenten = baseline();
        return new GemeenteTabel(null) {
            @Override
            public Map<String, Gemeente> gemeenten() {
                return gemeenten;
            }

            @Override
            public Optional<Gemeente> zoek(String code) {
                return Optional.ofNullable(code == null ? null : gemeenten.get(code));
            }
        };
    }
}
