package nl.nazorg.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.nazorg.casus.OngeldigeProcesinvoerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every gemeente of the country with its ZVH region, from table {@code gemeente} (docs/referentiedata.md). Read at
 * every use rather than cached, so that an import by beheer holds at once on every node.
 */
@Component
public class GemeenteTabel {

    /** Why a code is refused, after the field's name: the API and the engine say the same. */
    public static final String ONBEKEND = "is geen bekende gemeente (geen CBS-code uit de gemeentetabel)";

    private final JdbcTemplate jdbc;

    public GemeenteTabel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Gemeente(String code, String naam, String regio) {
    }

    /** In the table's order: Bijlage 2 of the memo first, then the rest of the country. */
    public Map<String, Gemeente> gemeenten() {
        Map<String, Gemeente> gemeenten = new LinkedHashMap<>();
        jdbc.query("select code, naam, zvh_regio from gemeente order by volgorde, code",
                rs -> {
                    gemeenten.put(rs.getString(1), new Gemeente(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
        return Collections.unmodifiableMap(gemeenten);
    }

    public Optional<Gemeente> zoek(String code) {
        if (code == null || !code.matches("GM[0-9]{4}")) {
            return Optional.empty(); // also keeps characters PostgreSQL refuses (a NUL) out of the query
        }
        return jdbc.query("select code, naam, zvh_regio from gemeente where code = ?",
                (rs, rij) -> new Gemeente(rs.getString(1), rs.getString(2), rs.getString(3)), code).stream().findFirst();
    }

    public boolean kent(String code) {
        return zoek(code).isPresent();
    }

    /** The gemeente a process starts or continues with; an unknown code is refused, naming the field. */
    public Gemeente bekende(String veld, String code) {
        return zoek(code).orElseThrow(() -> new OngeldigeProcesinvoerException("Veld '" + veld + "' " + ONBEKEND));
    }
}
