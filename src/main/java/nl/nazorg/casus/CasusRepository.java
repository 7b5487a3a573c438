package nl.nazorg.casus;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CasusRepository {

    private final JdbcTemplate jdbc;

    public CasusRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with a DuplicateKeyException when the detention already has a case: the primary key guards uniqueness. */
    public void registreer(Casus casus) {
        jdbc.update("""
                insert into casus (detentie_id, process_instance_id, pi_code, gemeente_code, zvh_regio,
                                   insluitingsdatum, geregistreerd_op)
                values (?, ?, ?, ?, ?, ?, ?)""",
                casus.detentieId(), casus.processInstanceId(), casus.piCode(), casus.gemeenteCode(),
                casus.zvhRegio(), Date.valueOf(casus.insluitingsdatum()), nu());
    }

    /** Holds the case's row until the surrounding transaction ends: the chain's notices for one case wait for each other. */
    public void vergrendel(String detentieId) {
        jdbc.query("select detentie_id from casus where detentie_id = ? for update", rs -> { }, detentieId);
    }

    public Optional<Casus> zoek(String detentieId) {
        return zoekWaar("detentie_id", detentieId);
    }

    public Optional<Casus> zoekOpProcesinstantie(String processInstanceId) {
        return zoekWaar("process_instance_id", processInstanceId);
    }

    private Optional<Casus> zoekWaar(String kolom, String waarde) {
        return jdbc.query("""
                select detentie_id, process_instance_id, pi_code, gemeente_code, zvh_regio, insluitingsdatum
                from casus where %s = ?""".formatted(kolom),
                (rs, i) -> new Casus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate()),
                waarde).stream().findFirst();
    }

    /** Closed by the process (Task_CasusAfsluiten); the row stays until the bewaartermijn ends (bewaartermijn/Opschoning). */
    public boolean isAfgesloten(String detentieId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select afgesloten_op is not null from casus where detentie_id = ?", Boolean.class, detentieId));
    }

    public void wijzigPi(String detentieId, String piCode) {
        jdbc.update("update casus set pi_code = ? where detentie_id = ?", piCode, detentieId);
    }

    public void sluit(String detentieId, LocalDate uitstroomdatum, String uitstroomgemeenteCode) {
        jdbc.update("""
                update casus set uitstroomdatum = ?, uitstroomgemeente_code = ?, afgesloten_op = ?
                where detentie_id = ?""",
                uitstroomdatum == null ? null : Date.valueOf(uitstroomdatum), uitstroomgemeenteCode, nu(), detentieId);
    }

    private static Timestamp nu() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }
}
