package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import nl.nazorg.PostgresSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/** The application's PostgreSQL sessions plan with the page cost of an SSD; other databases and own init SQL are left alone. */
class PostgresPlannerTest extends PostgresSpringTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void eenVerbindingVanDeApplicatiePlantMetDeKostenVanEenSsd() {
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    }

    @Test
    void h2EnEenEigenInitialisatieBlijvenZoalsZeZijn() {
        PostgresPlanner planner = new PostgresPlanner();
        planner.setEnvironment(new MockEnvironment().withProperty(PostgresPlanner.EIGENSCHAP, "1.1"));
        try (HikariDataSource h2 = pool("jdbc:h2:mem:planner", null);
             HikariDataSource eigen = pool("jdbc:postgresql://localhost/nazorg", "set work_mem = '8MB'");
             HikariDataSource postgres = pool("jdbc:postgresql://localhost/nazorg", null)) {
            planner.postProcessAfterInitialization(h2, "dataSource");
            planner.postProcessAfterInitialization(eigen, "dataSource");
            planner.postProcessAfterInitialization(postgres, "dataSource");

            assertThat(h2.getConnectionInitSql()).isNull();
            assertThat(eigen.getConnectionInitSql()).isEqualTo("set work_mem = '8MB'");
            assertThat(postgres.getConnectionInitSql()).isEqualTo("set random_page_cost = 1.1");
        }
    }

    private static HikariDataSource pool(String url, String initialisatie) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setConnectionInitSql(initialisatie);
        return pool;
    }
}
