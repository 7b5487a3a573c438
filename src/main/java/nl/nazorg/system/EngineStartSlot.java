package nl.nazorg.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda creates or updates its schema while the engine is built, and that is not safe for two nodes starting at
 * the same moment on an empty database (the second fails on "duplicate key" in the catalog). On PostgreSQL the
 * engine is therefore built under an advisory lock, one node at a time; the lock belongs to a connection of its
 * own and ends with it, also when the node dies half-way.
 */
@Component
class EngineStartSlot extends AbstractProcessEnginePlugin {

    private static final long SLOT = 0x6e617a6f7267L; // "nazorg"

    private final DataSource dataSource;
    private Connection slot;

    EngineStartSlot(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        try {
            Connection verbinding = dataSource.getConnection();
            if (!"PostgreSQL".equals(verbinding.getMetaData().getDatabaseProductName())) {
                verbinding.close();
                return;
            }
            verbinding.setAutoCommit(true);
            try (Statement opdracht = verbinding.createStatement()) {
                opdracht.execute("select pg_advisory_lock(" + SLOT + ")");
            }
            slot = verbinding;
        } catch (SQLException e) {
            throw new IllegalStateException("Geen slot voor het starten van de engine", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (slot == null) {
            return;
        }
        try (Connection verbinding = slot; Statement opdracht = verbinding.createStatement()) {
            opdracht.execute("select pg_advisory_unlock(" + SLOT + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Slot voor het starten van de engine niet vrijgegeven", e);
        } finally {
            slot = null;
        }
    }
}
