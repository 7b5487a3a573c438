package nl.nazorg.system;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every node does once it is ready, before it serves anyone: the {@link Opstartstap}s that the features
 * register (indexes, models, groups and authorizations, Tasklist filters, demo users, the ZVH register), in their
 * order. Nodes starting at the same moment take turns on the row of opstart_slot, in one transaction that the
 * engine's commands join, so the second node sees the first one's work instead of racing it.
 */
@Component
class Opstart {

    private final List<Opstartstap> stappen;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;

    Opstart(List<Opstartstap> stappen, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.stappen = stappen;
        this.jdbc = jdbc;
        this.transactie = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void richtIn() {
        transactie.executeWithoutResult(status -> {
            jdbc.queryForObject("select id from opstart_slot where id = 1 for update", Integer.class);
            stappen.forEach(Opstartstap::richtIn);
        });
    }
}
