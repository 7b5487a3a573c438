package nl.nazorg.zelfmelder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ZelfmelderRepository {

    private final JdbcTemplate jdbc;

    public ZelfmelderRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ZelfmelderCasus(String zelfmelderId, String processInstanceId, String gemeenteCode, LocalDate oproepdatum) {
    }

    /** Fails with a DuplicateKeyException for a zelfmelderId that already has a case. */
    public void registreer(ZelfmelderCasus casus) {
        jdbc.update("""
                insert into zelfmelder_casus (zelfmelder_id, process_instance_id, gemeente_code, oproepdatum, geregistreerd_op)
                values (?, ?, ?, ?, ?)""",
                casus.zelfmelderId(), casus.processInstanceId(), casus.gemeenteCode(), Date.valueOf(casus.oproepdatum()), nu());
    }

    public Optional<ZelfmelderCasus> zoek(String zelfmelderId) {
        return jdbc.query("""
                select zelfmelder_id, process_instance_id, gemeente_code, oproepdatum from zelfmelder_casus
                where zelfmelder_id = ?""",
                (rs, i) -> new ZelfmelderCasus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()),
                zelfmelderId).stream().findFirst();
    }

    public void wijzigOproepdatum(String zelfmelderId, LocalDate oproepdatum) {
        jdbc.update("update zelfmelder_casus set oproepdatum = ? where zelfmelder_id = ?", Date.valueOf(oproepdatum), zelfmelderId);
    }

    public void gemeld(String zelfmelderId, String detentieId) {
        jdbc.update("update zelfmelder_casus set gemeld_op = ?, detentie_id = ? where zelfmelder_id = ?", nu(), detentieId, zelfmelderId);
    }

    public void onbereikbaar(String zelfmelderId) {
        jdbc.update("update zelfmelder_casus set onbereikbaar_op = ? where zelfmelder_id = ?", nu(), zelfmelderId);
    }

    public boolean legWeekoverschrijdingVast(String zelfmelderId, String stap, Timestamp deadline) {
        return jdbc.update("""
                insert into zelfmelder_weekoverschrijding (zelfmelder_id, stap, deadline, geregistreerd_op)
                select ?, ?, ?, ? from (values (1)) as een(x)
                where not exists (select 1 from zelfmelder_weekoverschrijding where zelfmelder_id = ? and stap = ?)""",
                zelfmelderId, stap, deadline, nu(), zelfmelderId, stap) == 1;
    }

    private static Timestamp nu() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }
}
