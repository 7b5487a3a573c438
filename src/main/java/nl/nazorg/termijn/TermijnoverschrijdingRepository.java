package nl.nazorg.termijn;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;

import nl.nazorg.casus.Termijn;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class TermijnoverschrijdingRepository {

    private final JdbcTemplate jdbc;

    public TermijnoverschrijdingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the overrun once per case and termijn; returns false when it was already recorded. */
    public boolean legVast(String detentieId, Termijn termijn, OffsetDateTime deadline, String groep) {
        return jdbc.update("""
                insert into termijnoverschrijding (detentie_id, termijn, deadline, geregistreerd_op, groep)
                select ?, ?, ?, ?, ? from (values (1)) as een(x)
                where not exists (select 1 from termijnoverschrijding where detentie_id = ? and termijn = ?)""",
                detentieId, termijn.code(), Timestamp.from(deadline.toInstant()),
                Timestamp.from(ClockUtil.getCurrentTime().toInstant()), groep, detentieId, termijn.code()) == 1;
    }

    public List<String> termijnenVan(String detentieId) {
        return jdbc.queryForList("select termijn from termijnoverschrijding where detentie_id = ? order by termijn",
                String.class, detentieId);
    }
}
