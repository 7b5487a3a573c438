package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.casus.CasusOverzichten;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History level nazorg keeps what Cockpit, Tasklist, the case view and the audit trail read, and leaves out the
 * variables nobody reads from history (personal data among them), intermediate values, candidate-group links and the log
 * of jobs that went well.
 */
class HistorieniveauTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired HistoryService historie;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void bewaartWatMensenLezenZonderElkeTussenwaarde() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
                .isEqualTo("nazorg");
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        assertThat(new ApiKlant(poort, "cm-terpeel").post("/engine-rest/task/" + taak + "/complete", "{}").statusCode())
                .as("completed as Tasklist does").isEqualTo(204);
        String pid = casus.getId();

        assertThat(tel("select count(*) from act_hi_procinst where proc_inst_id_ = ?", pid)).isEqualTo(1);
        assertThat(tel("select count(*) from act_hi_actinst where proc_inst_id_ = ?", pid)).isGreaterThan(5);
        assertThat(tel("select count(*) from act_hi_taskinst where proc_inst_id_ = ?", pid)).isGreaterThan(1);
        assertThat(historie.createHistoricVariableInstanceQuery().processInstanceId(pid).list())
                .extracting(HistoricVariableInstance::getName).as("only what the case view reads")
                .isNotEmpty().allMatch(CasusOverzichten.HISTORISCH_GELEZEN::contains)
                .contains("intakeDeadline", "zvhClient");
        assertThat(historie.createUserOperationLogQuery().taskId(taak).operationType("Complete").singleResult().getUserId())
                .as("who completed the task").isEqualTo("cm-terpeel");
        String metBesluit = casussen.totUitvoering(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983").getId();
        assertThat(tel("select count(*) from act_hi_decinst where proc_inst_id_ = ?", metBesluit))
                .as("decisions (the complexity of step 2d)").isPositive();

        assertThat(tel("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ in ('bsn', 'achternaam', 'detentieId')",
                pid)).as("personal data and other variables nobody reads from history").isZero();
        assertThat(tel("select count(*) from act_hi_detail where proc_inst_id_ = ?", pid)).as("intermediate values").isZero();
        assertThat(tel("""
                select count(*) from act_hi_identitylink
                where task_id_ in (select id_ from act_hi_taskinst where proc_inst_id_ = ?)""", pid))
                .as("candidate-group links").isZero();
        assertThat(tel("select count(*) from act_hi_job_log where process_instance_id_ = ?", pid))
                .as("jobs that went well").isZero();
    }

    private long tel(String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }
}
