package nl.nazorg.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL plans the application's sessions for a database that lives in memory and on SSD, not on a spinning disk:
 * {@code random_page_cost} (PostgreSQL's default 4) from {@code nazorg.postgres.random-page-cost}, set when each
 * connection opens. With the default, a casemanager's Tasklist count at ten years of volume read all 26,000 open tasks
 * to find the 729 of the group instead of looking those up by id (volume benchmark, README "Prestaties"). Only for a
 * PostgreSQL URL and only when no other connection-init SQL is configured; H2 knows no such setting.
 */
@Component
class PostgresPlanner implements BeanPostProcessor, EnvironmentAware {

    static final String EIGENSCHAP = "nazorg.postgres.random-page-cost";

    private Environment omgeving;

    @Override
    public void setEnvironment(Environment omgeving) {
        this.omgeving = omgeving;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String naam) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            double kosten = omgeving.getRequiredProperty(EIGENSCHAP, Double.class);
            pool.setConnectionInitSql("set random_page_cost = " + kosten);
        }
        return bean;
    }
}
