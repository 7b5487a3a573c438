package nl.nazorg.identity;

import java.util.List;

import nl.nazorg.system.Opstartstap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whoever may work a task reads its history (its comments, the tab "Geschiedenis"): with
 * {@code enableHistoricInstancePermissions} Camunda grants READ on the historic task to its candidates, assignee and
 * owner together with the task itself. Tasks that were open before that setting have only the runtime grant; this
 * step gives them the same historic grant, once. Read in one query on Camunda's tables (the open tasks' people without
 * a historic grant), written through the AuthorizationService, which links the grant to its case for history cleanup.
 */
@Component
@Order(40)
public class Taakgeschiedenisrechten implements Opstartstap {

    private static final Logger LOG = LoggerFactory.getLogger(Taakgeschiedenisrechten.class);

    private static final String ZONDER_HISTORISCH_RECHT = """
            select k.taak, k.groep, k.gebruiker from (
                select l.task_id_ as taak, l.group_id_ as groep, l.user_id_ as gebruiker
                    from act_ru_identitylink l where l.task_id_ is not null
                union select t.id_, cast(null as varchar(255)), t.assignee_ from act_ru_task t where t.assignee_ is not null
                union select t.id_, cast(null as varchar(255)), t.owner_ from act_ru_task t where t.owner_ is not null
            ) k
            where not exists (select 1 from act_ru_authorization a
                where a.type_ = 1 and a.resource_type_ = ? and a.resource_id_ = k.taak
                and (a.group_id_ = k.groep or a.user_id_ = k.gebruiker))
            """;

    private final JdbcTemplate jdbc;
    private final AuthorizationService autorisaties;

    public Taakgeschiedenisrechten(JdbcTemplate jdbc, AuthorizationService autorisaties) {
        this.jdbc = jdbc;
        this.autorisaties = autorisaties;
    }

    private record Ontbrekend(String taak, String groep, String gebruiker) {
    }

    @Override
    public void richtIn() {
        List<Ontbrekend> ontbrekend = jdbc.query(ZONDER_HISTORISCH_RECHT,
                (rij, i) -> new Ontbrekend(rij.getString(1), rij.getString(2), rij.getString(3)),
                Resources.HISTORIC_TASK.resourceType());
        for (Ontbrekend recht : ontbrekend) {
            Authorization autorisatie = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            autorisatie.setGroupId(recht.groep());
            autorisatie.setUserId(recht.groep() == null ? recht.gebruiker() : null);
            autorisatie.setResource(Resources.HISTORIC_TASK);
            autorisatie.setResourceId(recht.taak());
            autorisatie.addPermission(HistoricTaskPermissions.READ);
            autorisaties.saveAuthorization(autorisatie);
        }
        if (!ontbrekend.isEmpty()) {
            LOG.info("Geschiedenis van open taken: {} leesrechten toegevoegd", ontbrekend.size());
        }
    }
}
