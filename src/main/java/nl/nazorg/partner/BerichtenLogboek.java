package nl.nazorg.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of what was shared with whom, when, through which channel and with which attachment
 * (table verzonden_bericht).
 */
@Repository
public class BerichtenLogboek {

    private final JdbcTemplate jdbc;

    public BerichtenLogboek(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the message once per sleutel; returns false when it was already recorded. */
    public boolean legVast(Bericht bericht) {
        String bijlage = bericht.bijlage() == null ? null : bericht.bijlage().bestandsnaam();
        int rijen = jdbc.update("""
                insert into verzonden_bericht (sleutel, detentie_id, kanaal, ontvanger, onderwerp, inhoud, bijlage, verzonden_op)
                select ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) as een(x)
                where not exists (select 1 from verzonden_bericht where sleutel = ?)""",
                bericht.sleutel(), bericht.detentieId(), bericht.kanaal().name(), bericht.ontvanger(),
                bericht.onderwerp(), bericht.inhoud(), bijlage, Timestamp.from(ClockUtil.getCurrentTime().toInstant()),
                bericht.sleutel());
        return rijen == 1;
    }

    public List<VerzondenBericht> voorCasus(String detentieId) {
        return jdbc.query("""
                select kanaal, ontvanger, onderwerp, inhoud, verzonden_op, bijlage from verzonden_bericht
                where detentie_id = ? order by id""",
                (rs, i) -> new VerzondenBericht(Bericht.Kanaal.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)),
                detentieId);
    }

    /** One recorded message; {@code bijlage} is the file name of the attachment, or null. */
    public record VerzondenBericht(Bericht.Kanaal kanaal, String ontvanger, String onderwerp, String inhoud,
                                   Instant verzondenOp, String bijlage) {
    }
}
