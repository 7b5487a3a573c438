package nl.nazorg.identity;

import java.util.List;
import java.util.Optional;

import nl.nazorg.partner.Partnertabel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The PIs of DJI and the ZVH regions of the country, from tables {@code pi} and {@code zvh_regio}
 * (docs/referentiedata.md); the gemeenten are in {@link nl.nazorg.identity.GemeenteTabel}. Read at every use, so a
 * change by beheer holds at once on every node.
 */
@Component
public class Referentiedata implements Partnertabel {

    private static final RowMapper<Pi> PI = (rs, rij) -> new Pi(rs.getString(1), rs.getString(2), rs.getString(3));
    private static final RowMapper<ZvhRegio> REGIO = (rs, rij) -> new ZvhRegio(rs.getString(1), rs.getString(2), rs.getString(3));

    /** The form of a code of the tables; anything else is unknown without a query (PostgreSQL refuses a NUL). */
    private static final String CODE = "[a-z0-9][a-z0-9-]{0,63}";

    private final JdbcTemplate jdbc;

    public Referentiedata(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Pi(String code, String naam, String mailbox) {
    }

    public record ZvhRegio(String code, String naam, String mailbox) {
    }

    /** In the table's order: the memo's PIs first. */
    public List<Pi> pis() {
        return jdbc.query("select code, naam, mailbox from pi order by volgorde, code", PI);
    }

    public Optional<Pi> pi(String code) {
        return code == null || !code.matches(CODE) ? Optional.empty()
                : jdbc.query("select code, naam, mailbox from pi where code = ?", PI, code).stream().findFirst();
    }

    /** In the table's order: the memo's three Limburg regions first. */
    public List<ZvhRegio> regios() {
        return jdbc.query("select code, naam, mailbox from zvh_regio order by volgorde, code", REGIO);
    }

    public Optional<ZvhRegio> regio(String code) {
        return code == null || !code.matches(CODE) ? Optional.empty()
                : jdbc.query("select code, naam, mailbox from zvh_regio where code = ?", REGIO, code).stream().findFirst();
    }

    @Override
    public boolean kentPi(String piCode) {
        return pi(piCode).isPresent();
    }

    @Override
    public Optional<String> piNaam(String piCode) {
        return pi(piCode).map(Pi::naam);
    }

    @Override
    public Optional<String> piMailbox(String piCode) {
        return pi(piCode).map(Pi::mailbox).filter(m -> !m.isBlank());
    }

    @Override
    public Optional<String> regioMailbox(String zvhRegio) {
        return regio(zvhRegio).map(ZvhRegio::mailbox).filter(m -> !m.isBlank());
    }
}
