package nl.nazorg.bewaartermijn;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes a case's personal data from the application's own tables once its process history has expired: the
 * same {@code historyTimeToLive} as Camunda's history cleanup, counted from the end of the case. Documents,
 * messages, deadline records and the case row go; the reporting rows stay, under a new random key, so the figures
 * of past years do not change. Each case is one transaction; running it twice, or on two nodes, does no harm.
 */
@Component
public class Opschoning {

    private static final Logger LOG = LoggerFactory.getLogger(Opschoning.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final int batchGrootte;

    public Opschoning(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RepositoryService repository,
                      RuntimeService runtime, @Value("${nazorg.bewaartermijn.batch-grootte:500}") int batchGrootte) {
        this.jdbc = jdbc;
        this.transactie = new TransactionTemplate(transactionManager);
        this.repository = repository;
        this.runtime = runtime;
        this.batchGrootte = batchGrootte;
    }

    /** Daily, after Camunda's history cleanup window. */
    @Scheduled(cron = "${nazorg.bewaartermijn.cron:0 30 5 * * *}", zone = "Europe/Amsterdam")
    public void volgensSchema() {
        ruimOp();
    }

    public record Opgeruimd(int casussen, int zelfmelders) {
    }

    public Opgeruimd ruimOp() {
        Instant nu = ClockUtil.getCurrentTime().toInstant();
        int casussen = ruimCasussenOp(nu);
        int zelfmelders = ruimZelfmeldersOp(nu);
        if (casussen + zelfmelders > 0) {
            LOG.info("Bewaartermijn verstreken: persoonsgegevens van {} casussen en {} zelfmelders verwijderd", casussen,
                    zelfmelders);
        }
        return new Opgeruimd(casussen, zelfmelders);
    }

    private int ruimCasussenOp(Instant nu) {
        Timestamp grens = grens("nazorg", nu);
        int opgeruimd = 0;
        List<String> verlopen;
        do {
            verlopen = jdbc.queryForList("select detentie_id from casus where afgesloten_op < ? order by afgesloten_op "
                    + "fetch first " + batchGrootte + " rows only", String.class, grens);
            verlopen.forEach(id -> transactie.executeWithoutResult(status -> verwijderCasus(id)));
            opgeruimd += verlopen.size();
        } while (verlopen.size() == batchGrootte);
        return opgeruimd;
    }

    private void verwijderCasus(String detentieId) {
        verwijderBerichtenEnDocumenten(detentieId);
        jdbc.update("delete from termijnoverschrijding where detentie_id = ?", detentieId);
        jdbc.update("delete from termijnwaarschuwing where detentie_id = ?", detentieId);
        jdbc.update("delete from gcos_registratie where detentie_id = ?", detentieId);
        String sleutel = nieuweSleutel();
        for (String tabel : List.of("rapportage_casus", "rapportage_hulpvraag", "rapportage_actie")) {
            jdbc.update("update " + tabel + " set detentie_id = ? where detentie_id = ?", sleutel, detentieId);
        }
        jdbc.update("delete from casus where detentie_id = ?", detentieId);
    }

    /** A zelfmelder case has no end date of its own: it counts from its oproepdatum, once its process has ended. */
    private int ruimZelfmeldersOp(Instant nu) {
        Timestamp grens = grens("zelfmelder", nu);
        int opgeruimd = 0;
        List<String[]> verlopen = jdbc.query("select zelfmelder_id, process_instance_id from zelfmelder_casus "
                        + "where oproepdatum < ? order by oproepdatum",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, grens);
        for (String[] zelfmelder : verlopen) {
            if (runtime.createProcessInstanceQuery().processInstanceId(zelfmelder[1]).count() == 0) {
                transactie.executeWithoutResult(status -> verwijderZelfmelder(zelfmelder[0]));
                opgeruimd++;
            }
        }
        return opgeruimd;
    }

    private void verwijderZelfmelder(String zelfmelderId) {
        verwijderBerichtenEnDocumenten(zelfmelderId);
        jdbc.update("delete from zelfmelder_weekoverschrijding where zelfmelder_id = ?", zelfmelderId);
        jdbc.update("update rapportage_zelfmelder set zelfmelder_id = ? where zelfmelder_id = ?", nieuweSleutel(), zelfmelderId);
        jdbc.update("delete from zelfmelder_casus where zelfmelder_id = ?", zelfmelderId);
    }

    private void verwijderBerichtenEnDocumenten(String id) {
        jdbc.update("delete from document where detentie_id = ?", id);
        jdbc.update("delete from verzonden_bericht where detentie_id = ?", id);
        jdbc.update("delete from uitgaande_mail where detentie_id = ?", id);
    }

    /** The moment before which a case of this process has outlived its history, or none when no TTL is set. */
    private Timestamp grens(String procesKey, Instant nu) {
        ProcessDefinition definitie = repository.createProcessDefinitionQuery().processDefinitionKey(procesKey)
                .latestVersion().singleResult();
        Integer dagen = definitie == null ? null : definitie.getHistoryTimeToLive();
        return Timestamp.from(dagen == null ? Instant.EPOCH : nu.minus(Duration.ofDays(dagen)));
    }

    private static String nieuweSleutel() {
        return "verlopen-" + UUID.randomUUID();
    }
}
