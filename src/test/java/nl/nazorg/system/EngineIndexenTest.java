package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;

import nl.nazorg.PostgresSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start puts the index the task queries need on Camunda's authorization table, and a second start (another node)
 * finds it there. Its effect on the plans is measured by the volume benchmark, at a size a test cannot have.
 */
class EngineIndexenTest extends PostgresSpringTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired EngineIndexen indexen;

    @Test
    void deStartMaaktDeIndexEenTweedeStartVindtHem() {
        assertThat(indexdefinitie()).isEqualTo(
                "CREATE INDEX nazorg_auth_user ON " + jdbc.queryForObject("select current_schema()", String.class)
                        + ".act_ru_authorization USING btree (user_id_)");

        indexen.richtIn();

        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'nazorg_auth_user'", Integer.class))
                .isEqualTo(1);
    }

    private String indexdefinitie() {
        return jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'nazorg_auth_user'", String.class);
    }
}
