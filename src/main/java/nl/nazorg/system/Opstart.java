package nl.nazorg.system;

import nl.nazorg.identity.DemoGebruikers;
import nl.nazorg.identity.GroepenInrichting;
import nl.nazorg.identity.TasklistFilters;
import nl.nazorg.zvh.ZvhRegisterCsvImport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every node does once it is ready, in this order: indexes on Camunda's tables, the models, groups and
 * authorizations, Tasklist filters, demo users (demo profile) and the ZVH register. Each step finds what an earlier start made and adds only what is
 * missing; nodes starting at the same moment take turns on the row of opstart_slot, in one transaction that the
 * engine's commands join, so the second node sees the first one's work instead of racing it.
 */
@Component
class Opstart {

    private final EngineIndexen indexen;
    private final ModelDeployment modellen;
    private final GroepenInrichting groepen;
    private final TasklistFilters filters;
    private final ObjectProvider<DemoGebruikers> demoGebruikers;
    private final ZvhRegisterCsvImport zvhRegister;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;

    Opstart(EngineIndexen indexen, ModelDeployment modellen, GroepenInrichting groepen, TasklistFilters filters,
            ObjectProvider<DemoGebruikers> demoGebruikers, ZvhRegisterCsvImport zvhRegister, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.indexen = indexen;
        this.modellen = modellen;
        this.groepen = groepen;
        this.filters = filters;
        this.demoGebruikers = demoGebruikers;
        this.zvhRegister = zvhRegister;
        this.jdbc = jdbc;
        this.transactie = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void richtIn() {
        transactie.executeWithoutResult(status -> {
            jdbc.queryForObject("select id from opstart_slot where id = 1 for update", Integer.class);
            indexen.maak();
            modellen.deploy();
            groepen.richtIn();
            filters.richtIn();
            demoGebruikers.ifAvailable(DemoGebruikers::maakAan);
            zvhRegister.importeerBijStart();
        });
    }
}
