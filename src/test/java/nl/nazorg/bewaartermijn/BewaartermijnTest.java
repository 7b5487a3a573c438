package nl.nazorg.bewaartermijn;

import static nl.nazorg.beeldvorming.Leefgebied.HUISVESTING;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.demo.Casusverloop;
import nl.nazorg.demo.Draaiboek;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.demo.SimulatieKlok;
import nl.nazorg.melding.EersteDagsmelding;
import nl.nazorg.monitoring.Bereik;
import nl.nazorg.monitoring.Periode;
import nl.nazorg.monitoring.Rapport;
import nl.nazorg.monitoring.Rapportages;
import nl.nazorg.zelfmelder.Zelfmeldermelding;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person who reported as zelfmelder in 2013 and was then detained and released: once the history of both cases
 * has expired (historyTimeToLive 730 days after their end), Camunda's history cleanup and the application's own
 * clean-up leave no trace of the person, while the reports over 2013 stay exactly the same. A case still running
 * keeps everything. Nothing else in the test database has dates in 2013.
 */
class BewaartermijnTest extends PostgresSpringTest {

    private static final String ZELFMELDER = "BEWAAR13-ZM";
    private static final String DETENTIE = "BEWAAR13-DET";
    private static final String LOPEND = "BEWAAR13-LOPEND";

    @Autowired Casusverloop verloop;
    @Autowired SimulatieKlok klok;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService historie;
    @Autowired Opschoning opschoning;
    @Autowired Rapportages rapportages;
    @Autowired JdbcTemplate jdbc;

    private final String bsn = Proefpersonen.bsn(new SecureRandom());
    private final String bsnLopend = Proefpersonen.bsn(new SecureRandom());

    @AfterEach
    void echteTijd() {
        klok.terugNaarEchteTijd();
    }

    @Test
    void naDeBewaartermijnIsDePersoonWegEnBlijvenDeCijfers() {
        speelZelfmelderEnDetentieIn2013();
        assertThat(sporen(DETENTIE)).extractingByKeys("document", "verzonden_bericht", "uitgaande_mail", "casus", "rapportage_casus",
                "historie", "historie_variabelen").allSatisfy(aantal -> assertThat(aantal).isPositive());
        assertThat(sporen(ZELFMELDER)).extractingByKeys("document", "verzonden_bericht", "zelfmelder_casus",
                "rapportage_zelfmelder", "historie").allSatisfy(aantal -> assertThat(aantal).isPositive());
        assertThat(sporen(ZELFMELDER)).as("no variable of the zelfmelder process is read from history, so none is kept")
                .containsEntry("historie_variabelen", 0);
        assertThat(plaatsenMet(bsnLopend)).as("the scan finds the bsn of the running case").isNotEmpty();
        assertThat(plaatsenMet(bsn)).as("an ended case leaves no bsn, not in Camunda's history either").isEmpty();

        klok.zet(Draaiboek.begin(LocalDate.of(2015, 4, 20)));
        List<Rapport> cijfers = rapporten2013();
        ruimCamundasHistorieOp();
        assertThat(opschoning.ruimOp()).isEqualTo(new Opschoning.Opgeruimd(1, 1));

        assertThat(sporen(DETENTIE)).as("detentie").allSatisfy((waar, aantal) -> assertThat(aantal).as(waar).isZero());
        assertThat(sporen(ZELFMELDER)).as("zelfmelder").allSatisfy((waar, aantal) -> assertThat(aantal).as(waar).isZero());
        assertThat(plaatsenMet(bsn)).isEmpty();
        assertThat(rapporten2013()).isEqualTo(cijfers);
        assertThat(sporen(LOPEND)).as("a running case keeps everything")
                .containsEntry("casus", 1).containsEntry("rapportage_casus", 1).containsEntry("historie", 1);
        assertThat(opschoning.ruimOp()).as("twice does no harm").isEqualTo(new Opschoning.Opgeruimd(0, 0));
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(LOPEND)
                .singleResult().getId(), "einde test: geen timers uit 2013 voor latere tests");
    }

    private void speelZelfmelderEnDetentieIn2013() {
        Draaiboek draaiboek = new Draaiboek();
        draaiboek.op(dag(1, 7), () -> verloop.meld(new Zelfmeldermelding(ZELFMELDER, bsn, "Bewaar", "B.",
                LocalDate.of(1988, 3, 3), "M", "GM0983", dag(2, 18))));
        stap(draaiboek, dag(1, 10), () -> verloop.screening(ZELFMELDER));
        draaiboek.op(dag(1, 16), () -> verloop.reactieZelfmelder(ZELFMELDER));
        stap(draaiboek, dag(2, 1), () -> verloop.planVanAanpak(ZELFMELDER, false));
        draaiboek.op(dag(2, 18), () -> verloop.meld(melding(DETENTIE, bsn, dag(2, 18))));
        stap(draaiboek, dag(2, 19), () -> verloop.binnenkomst(DETENTIE));
        stap(draaiboek, dag(2, 25), () -> verloop.intake(DETENTIE, List.of(HUISVESTING)));
        stap(draaiboek, dag(2, 26), () -> verloop.informatieblad(DETENTIE));
        stap(draaiboek, dag(2, 27), () -> verloop.beeldvormingAfronden(DETENTIE));
        stap(draaiboek, dag(3, 4), () -> verloop.plan(DETENTIE, List.of(HUISVESTING), dag(4, 30)));
        stap(draaiboek, dag(3, 15), () -> verloop.actie(DETENTIE, true));
        draaiboek.op(dag(3, 20), () -> verloop.meld(melding(LOPEND, bsnLopend, dag(3, 20))));
        draaiboek.op(dag(4, 1), () -> verloop.uitDetentie(DETENTIE, dag(4, 1), "GM0983"));
        stap(draaiboek, dag(4, 2), () -> verloop.warmeOverdracht(DETENTIE));
        draaiboek.speel(klok, Draaiboek.begin(dag(4, 15)));
    }

    /** Runs Camunda's history cleanup now (outside its nightly window) until it finds nothing more to remove. */
    private void ruimCamundasHistorieOp() {
        Job opschonen = historie.cleanUpHistoryAsync(true);
        for (int ronde = 0; ronde < 10; ronde++) {
            long voor = jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class);
            management.executeJob(opschonen.getId());
            if (jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class) == voor) {
                return;
            }
        }
    }

    /** Where the case's key still occurs: the application's tables and Camunda's history of its process. */
    private Map<String, Integer> sporen(String id) {
        return Map.of(
                "document", tel("select count(*) from document where detentie_id = ?", id),
                "verzonden_bericht", tel("select count(*) from verzonden_bericht where detentie_id = ?", id),
                "uitgaande_mail", tel("select count(*) from uitgaande_mail where detentie_id = ?", id),
                "casus", tel("select count(*) from casus where detentie_id = ?", id),
                "zelfmelder_casus", tel("select count(*) from zelfmelder_casus where zelfmelder_id = ? or detentie_id = ?", id, id),
                "rapportage_casus", tel("select count(*) from rapportage_casus where detentie_id = ?", id),
                "rapportage_zelfmelder", tel("select count(*) from rapportage_zelfmelder where zelfmelder_id = ?", id),
                "historie", tel("select count(*) from act_hi_procinst where business_key_ = ?", id),
                "historie_variabelen", tel("select count(*) from act_hi_varinst v join act_hi_procinst p "
                        + "on v.proc_inst_id_ = p.proc_inst_id_ where p.business_key_ = ?", id));
    }

    /** Every column of every table (Camunda's and the application's) in which a bsn still occurs. */
    private List<String> plaatsenMet(String bsn) {
        List<Map<String, Object>> kolommen = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and data_type in ('character varying', 'text', 'bytea')""");
        return kolommen.stream().filter(kolom -> {
            String tabel = (String) kolom.get("table_name");
            String naam = (String) kolom.get("column_name");
            String voorwaarde = "bytea".equals(kolom.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') in " + naam + ") > 0" : naam + " like '%' || ? || '%'";
            return tel("select count(*) from " + tabel + " where " + voorwaarde, bsn) > 0;
        }).map(kolom -> kolom.get("table_name") + "." + kolom.get("column_name")).toList();
    }

    private List<Rapport> rapporten2013() {
        Periode jaar = Periode.jaar(2013);
        return List.of("informatiebladen", "uitstroom", "termijnen", "casuistiek", "zelfmelders").stream()
                .map(naam -> rapportages.maak(naam, jaar, Bereik.allesZien())).toList();
    }

    private int tel(String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Integer.class, parameters);
    }

    private static void stap(Draaiboek draaiboek, LocalDate dag, BooleanSupplier stap) {
        draaiboek.op(dag, () -> assertThat(stap.getAsBoolean()).as("stap op %s", dag).isTrue());
    }

    private static LocalDate dag(int maand, int dag) {
        return LocalDate.of(2013, maand, dag);
    }

    private static EersteDagsmelding melding(String detentieId, String bsn, LocalDate insluiting) {
        return new EersteDagsmelding(detentieId, bsn, "Bewaar", "B.", LocalDate.of(1988, 3, 3), "M", "GM0983",
                "ter-peel", insluiting, false, insluiting.plusMonths(3), null);
    }
}
