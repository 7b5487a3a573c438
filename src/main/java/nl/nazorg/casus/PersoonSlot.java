package nl.nazorg.casus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises, per person, the start of a nazorg case and of a zelfmelder case: an eerstedagsmelding and a
 * zelfmelder melding for one bsn that arrive at the same moment (also on two nodes) are handled one after the
 * other, so each sees what the other committed. On PostgreSQL this is a transaction-scoped advisory lock on a
 * hash of the bsn (the bsn itself is stored nowhere); the embedded H2 of the demo runs a single node.
 */
@Component
public class PersoonSlot {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public PersoonSlot(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    /** Holds until the surrounding transaction ends. */
    public void vergrendel(String bsn) {
        if (postgres) {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", sleutel(bsn));
        }
    }

    static long sleutel(String bsn) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("nazorg-persoon:" + bsn).getBytes(StandardCharsets.UTF_8));
            long sleutel = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                sleutel = (sleutel << 8) | (hash[i] & 0xff);
            }
            return sleutel;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
