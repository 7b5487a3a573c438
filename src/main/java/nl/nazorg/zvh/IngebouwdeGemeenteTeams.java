package nl.nazorg.zvh;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Built-in lookup ({@code nazorg.koppelingen.gemeente-teams.modus: ingebouwd}, the default): persons known to a
 * gemeente team, in the application's own table. With {@code http}, {@link HttpGemeenteTeams} takes its place.
 */
@Component
@ConditionalOnProperty(prefix = "nazorg.koppelingen.gemeente-teams", name = "modus", havingValue = "ingebouwd",
        matchIfMissing = true)
public class IngebouwdeGemeenteTeams implements GemeenteTeams {

    private final JdbcTemplate jdbc;

    public IngebouwdeGemeenteTeams(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isBekend(String bsn, String gemeenteCode) {
        Integer aantal = jdbc.queryForObject(
                "select count(*) from gemeente_team_persoon where bsn = ? and gemeente_code = ?",
                Integer.class, bsn, gemeenteCode);
        return aantal != null && aantal > 0;
    }
}
