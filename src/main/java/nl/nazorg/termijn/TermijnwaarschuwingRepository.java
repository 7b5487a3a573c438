package nl.nazorg.termijn;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;

import nl.nazorg.casus.Termijn;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class TermijnwaarschuwingRepository {

    private final JdbcTemplate jdbc;

    public TermijnwaarschuwingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the warning once per case and termijn; returns false when it was already recorded. */
    public boolean legVast(String detentieId, Termijn termijn, OffsetDateTime deadline, Aanspreekpunt aanspreekpunt) {
        return jdbc.update("""
                insert into termijnwaarschuwing (detentie_id, termijn, deadline, gewaarschuwd_op, groep, mailbox)
                select ?, ?, ?, ?, ?, ? from (values (1)) as een(x)
                where not exists (select 1 from termijnwaarschuwing where detentie_id = ? and termijn = ?)""",
                detentieId, termijn.code(), Timestamp.from(deadline.toInstant()),
                Timestamp.from(ClockUtil.getCurrentTime().toInstant()), aanspreekpunt.groep(), aanspreekpunt.mailbox(),
                detentieId, termijn.code()) == 1;
    }

    public List<String> termijnenVan(String detentieId) {
        return jdbc.queryForList("select termijn from termijnwaarschuwing where detentie_id = ? order by termijn",
                String.class, detentieId);
    }
}
