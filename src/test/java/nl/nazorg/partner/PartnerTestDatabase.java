package nl.nazorg.partner;

import java.util.UUID;

import javax.sql.DataSource;

import nl.nazorg.TestDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database with the application's own Flyway migrations, without Spring Boot: H2 in memory (as the demo runs),
 * or a schema of its own on the tests' PostgreSQL, so the Spring tests' tables are never touched.
 */
final class PartnerTestDatabase {

    private PartnerTestDatabase() {
    }

    static DataSource h2() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:partner-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        migreer(dataSource, null);
        return dataSource;
    }

    /** A fresh schema on the tests' PostgreSQL; drop it with {@link #verwijder}. */
    static DataSource postgres(String schema) {
        String url = TestDatabase.url();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, TestDatabase.user(), TestDatabase.password());
        migreer(dataSource, schema);
        return dataSource;
    }

    static void verwijder(DataSource dataSource, String schema) {
        new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
    }

    private static void migreer(DataSource dataSource, String schema) {
        var configuratie = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            configuratie.schemas(schema).createSchemas(true);
        }
        configuratie.load().migrate();
    }
}
