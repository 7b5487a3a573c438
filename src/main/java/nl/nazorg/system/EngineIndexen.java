package nl.nazorg.system;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's own tables that its queries need at national volume, made at every start when missing.
 * Not in Flyway: Camunda creates these tables when the engine starts, and Flyway runs before that.
 * <p>
 * {@code nazorg_auth_user}: every task query with authorizations reads ACT_RU_AUTHORIZATION for
 * {@code USER_ID_ in (user, '*') OR GROUP_ID_ in (groups)}. Camunda indexes GROUP_ID_, but USER_ID_ only behind TYPE_,
 * so PostgreSQL read the whole table (126,000 rows with 20,000 open cases) three times for each Tasklist page; with
 * this index both sides of the OR are index scans (volume benchmark, README "Prestaties").
 */
@Component
@Order(10)
class EngineIndexen implements Opstartstap {

    static final List<String> INDEXEN = List.of(
            "create index if not exists nazorg_auth_user on act_ru_authorization (user_id_)");

    private final JdbcTemplate jdbc;

    EngineIndexen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override

    public void richtIn() {
        INDEXEN.forEach(jdbc::execute);
    }
}
