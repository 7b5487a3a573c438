package nl.nazorg.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of each calendar month's figures (table rapportage_maandversie, V9). Whatever changes a reporting row
 * names the days whose months it changes; the versions go up in the same transaction, just before it commits, so a
 * report that reads the versions in its snapshot knows which months are as they were when it last counted them.
 * The rows are raised in one order (month, part) and only at the end of the transaction: two steps never wait on
 * each other in a circle, and hardly at all.
 */
@Component
public class Maandversies {

    static final int DELEN = 8;

    private final JdbcTemplate jdbc;

    Maandversies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** yyyymm, as the table keys its months. */
    static int maand(LocalDate dag) {
        return dag.getYear() * 100 + dag.getMonthValue();
    }

    /** SQL for the month (yyyymm) of a date column, as {@link #maand(LocalDate)}; the same on PostgreSQL and H2. */
    static String maandVan(String kolom) {
        return "cast(extract(year from %1$s) * 100 + extract(month from %1$s) as integer)".formatted(kolom);
    }

    /** The figures of the months of {@code dagen} change in this transaction; {@code sleutel} (the case) picks the row. */
    void gewijzigd(String sleutel, LocalDate... dagen) {
        SortedSet<Long> rijen = new TreeSet<>();
        int deel = Math.floorMod(sleutel.hashCode(), DELEN);
        for (LocalDate dag : dagen) {
            if (dag != null) {
                rijen.add((long) maand(dag) * DELEN + deel);
            }
        }
        if (rijen.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            verhoog(rijen);
            return;
        }
        @SuppressWarnings("unchecked")
        SortedSet<Long> open = (SortedSet<Long>) TransactionSynchronizationManager.getResource(this);
        if (open == null) {
            open = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(this, open);
            SortedSet<Long> teVerhogen = open;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    verhoog(teVerhogen);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Maandversies.this);
                }
            });
        }
        open.addAll(rijen);
    }

    /** Per month yyyymm from {@code van} to {@code tot}: its version. Months without rows are missing. */
    Map<Integer, Long> lees(LocalDate van, LocalDate tot) {
        Map<Integer, Long> versies = new HashMap<>();
        jdbc.query("select maand, sum(versie) from rapportage_maandversie where maand between ? and ? group by maand",
                rs -> {
                    versies.put(rs.getInt(1), rs.getLong(2));
                }, maand(van), maand(tot));
        return versies;
    }

    private void verhoog(SortedSet<Long> rijen) {
        List<Object[]> parameters = rijen.stream().map(rij -> new Object[] {(int) (rij / DELEN), (int) (rij % DELEN)}).toList();
        jdbc.batchUpdate("update rapportage_maandversie set versie = versie + 1 where maand = ? and deel = ?", parameters);
    }
}
