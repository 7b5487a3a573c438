package nl.nazorg.zvh;

import java.sql.Timestamp;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Built-in ZVH register ({@code nazorg.koppelingen.gcos.modus: ingebouwd}, the default): the application's own
 * tables stand in for GCOS. With {@code http}, {@link HttpZvhRegister} takes its place.
 */
@Component
@ConditionalOnProperty(prefix = "nazorg.koppelingen.gcos", name = "modus", havingValue = "ingebouwd", matchIfMissing = true)
public class IngebouwdZvhRegister implements ZvhRegister {

    private final JdbcTemplate jdbc;

    public IngebouwdZvhRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ZvhPersoon> zoekPersoon(String bsn) {
        return jdbc.query("select procesregisseur from zvh_register_persoon where bsn = ?",
                (rs, i) -> new ZvhPersoon(rs.getString(1)), bsn).stream().findFirst();
    }

    @Override
    public void registreerCasus(String detentieId, String zvhRegio) {
        jdbc.update("""
                insert into gcos_registratie (detentie_id, zvh_regio, geregistreerd_op)
                select ?, ?, ? from (values (1)) as een(x)
                where not exists (select 1 from gcos_registratie where detentie_id = ?)""",
                detentieId, zvhRegio, nu(), detentieId);
    }

    @Override
    public void sluitCasus(String detentieId) {
        jdbc.update("update gcos_registratie set gesloten_op = ? where detentie_id = ? and gesloten_op is null",
                nu(), detentieId);
    }

    /** Adds or replaces a person in the register (used by the CSV import). */
    public void legPersoonVast(String bsn, String procesregisseur, String zvhRegio) {
        jdbc.update("delete from zvh_register_persoon where bsn = ?", bsn);
        jdbc.update("insert into zvh_register_persoon (bsn, procesregisseur, zvh_regio) values (?, ?, ?)",
                bsn, procesregisseur, zvhRegio);
    }

    private static Timestamp nu() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }
}
