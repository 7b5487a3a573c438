package nl.nazorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.partner.BerichtenLogboek;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.DocumentArchief;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The voorzorg for zelfmelders path by path on PostgreSQL, and the link into nazorg when the person reports. */
class ZelfmelderProcesTest extends PostgresSpringTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MELDING = LocalDate.of(2026, 3, 2);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired BerichtenLogboek logboek;
    @Autowired DocumentArchief archief;
    @LocalServerPort int poort;

    private String zelfmelderId;
    private String bsn;

    @BeforeEach
    void zetKlok() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(MELDING.atTime(9, 0).atZone(AMSTERDAM).toInstant()));
        zelfmelderId = "ZM-" + UUID.randomUUID();
        bsn = ZelfmelderKoppelingTest.uniekBsn();
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @Test
    void reactieOpTijdBriefPlanEnGemeldInDePi() {
        ProcessInstance zm = start();
        assertThat(kandidaatGroep("Task_ScreeningTriage")).isEqualTo("gemeente-GM0983");
        assertThat(taak("Task_ScreeningTriage").getDueDate()).isEqualTo(datum("2026-03-09T23:59:59+01:00"));
        voltooi("Task_ScreeningTriage", Map.of("hulpvraagHuisvesting", true, "notitieHuisvesting", "Huurachterstand"));
        voerJobUit(zm, "Task_VerstuurBrief");
        assertThat(archief.lijst(zelfmelderId)).extracting(Document::soort).containsExactly(Document.Soort.BRIEF_ZELFMELDER);
        assertThat(logboek.voorCasus(zelfmelderId)).extracting(BerichtenLogboek.VerzondenBericht::ontvanger)
                .containsExactly("zelfmelder (per post)");
        String brief = tekstVan(archief.lees(archief.lijst(zelfmelderId).get(0).id()).orElseThrow().inhoud());
        assertThat(brief).contains("K. de Vries").contains("15 april 2026").contains("9 maart 2026")
                .contains("Gemeente Venlo").doesNotContain(bsn);

        proces(zm).isWaitingAt("Task_ReactieVastleggen");
        reactie(zm);
        proces(zm).hasPassed("Event_ReactieOntvangen").hasNotPassed("Task_ZelfmelderBenaderen");
        assertThat(taken.createTaskQuery().processInstanceId(zm.getId()).taskDefinitionKey("Task_ReactieVastleggen").count())
                .as("wachttaak van de gemeente vervallen").isZero();
        voltooi("Task_GesprekZelfmelder", Map.of("uitstelNodig", false));
        voltooi("Task_PlanVanAanpak", Map.of("planVanAanpak", "Woning behouden via huurafspraak."));
        proces(zm).hasPassed("EndEvent_PlanGereed").isActive();
        assertThat(runtime.getVariable(zm.getId(), "planVanAanpakOp")).isNotNull();

        runtime.createMessageCorrelation("ZelfmelderGemeld").processInstanceId(zm.getId()).correlate();
        proces(zm).isEnded().hasPassed("Event_GemeldInPi", "EndEvent_ZelfmelderGemeld");
    }

    @Test
    void geenReactieBinnenZevenDagenLeidtTotActiefBenaderen() {
        ProcessInstance zm = start();
        voltooi("Task_ScreeningTriage", Map.of());
        voerJobUit(zm, "Task_VerstuurBrief");
        Job reactietijd = timer(zm, "Event_Reactietijd");
        assertThat(reactietijd.getDuedate().toInstant().atZone(AMSTERDAM).toLocalDate()).isEqualTo(MELDING.plusDays(7));
        execute(reactietijd);
        assertThat(kandidaatGroep("Task_ZelfmelderBenaderen")).isEqualTo("gemeente-GM0983");
        voltooi("Task_ZelfmelderBenaderen", Map.of("bereikt", true));
        proces(zm).isWaitingAt("Task_GesprekZelfmelder");
    }

    @Test
    void uitstelToegekendVerschuiftDeOproepdatumEnDeTimer() {
        ProcessInstance zm = totUitstel();
        voerJobUit(zm, "Task_UitstelAanvragen");
        assertThat(logboek.voorCasus(zelfmelderId)).anySatisfy(b -> assertThat(b.onderwerp()).startsWith("Verzoek uitstel"));
        assertThat(timer(zm, "Event_NietGemeld").getDuedate()).isEqualTo(datum("2026-04-16T23:59:59+02:00"));

        runtime.createMessageCorrelation("UitstelBesluit").processInstanceId(zm.getId())
                .setVariable("toegekend", true).setVariable("nieuweOproepdatum", "2026-06-01").correlate();
        assertThat(runtime.getVariable(zm.getId(), "oproepdatum")).isEqualTo("2026-06-01");
        assertThat(runtime.getVariable(zm.getId(), "uitstelToegekend")).isEqualTo(true);
        assertThat(timer(zm, "Event_NietGemeld").getDuedate()).isEqualTo(datum("2026-06-02T23:59:59+02:00"));
        assertThat(timer(zm, "Event_Oproepdatum").getDuedate()).isEqualTo(datum("2026-06-01T00:00:00+02:00"));
        assertThat(jdbc.queryForObject("select oproepdatum from zelfmelder_casus where zelfmelder_id = ?", LocalDate.class, zelfmelderId))
                .isEqualTo(LocalDate.of(2026, 6, 1));
        proces(zm).hasPassed("EndEvent_PlanGereed");
    }

    @Test
    void uitstelGeweigerdLaatDeOproepdatumStaan() {
        ProcessInstance zm = totUitstel();
        voerJobUit(zm, "Task_UitstelAanvragen");
        runtime.createMessageCorrelation("UitstelBesluit").processInstanceId(zm.getId())
                .setVariable("toegekend", false).correlate();
        assertThat(runtime.getVariable(zm.getId(), "oproepdatum")).isEqualTo("2026-04-15");
        assertThat(runtime.getVariable(zm.getId(), "uitstelToegekend")).isEqualTo(false);
        assertThat(timer(zm, "Event_NietGemeld").getDuedate()).isEqualTo(datum("2026-04-16T23:59:59+02:00"));
    }

    @Test
    void nietGemeldOpDeOproepdatumLeidtTotOpvolging() {
        ProcessInstance zm = totPlanGereed();
        Job oproepdatum = timer(zm, "Event_Oproepdatum");
        ClockUtil.setCurrentTime(oproepdatum.getDuedate());
        execute(oproepdatum);
        proces(zm).hasPassed("EndEvent_PlanVoorOproepdatum");
        Job nietGemeld = timer(zm, "Event_NietGemeld");
        ClockUtil.setCurrentTime(nietGemeld.getDuedate());
        execute(nietGemeld);
        assertThat(kandidaatGroep("Task_NietGemeld")).isEqualTo("gemeente-GM0983");
        voltooi("Task_NietGemeld", Map.of("opvolging", "OM ingelicht", "opvolgingActie", "doorgegeven-aan-om"));
        proces(zm).isEnded().hasPassed("EndEvent_VoorzorgAfgerond");
    }

    @Test
    void weektermijnVerlopenWordtGeregistreerdEnHetWerkGaatDoor() {
        ProcessInstance zm = start();
        Job week1 = timer(zm, "Event_ScreeningTermijnVerlopen");
        ClockUtil.setCurrentTime(week1.getDuedate());
        execute(week1);
        assertThat(jdbc.queryForList("select stap from zelfmelder_weekoverschrijding where zelfmelder_id = ?", String.class, zelfmelderId))
                .containsExactly("screening");
        proces(zm).isWaitingAt("Task_ScreeningTriage", "Event_NietGemeld");
    }

    @Test
    void gesprekEnPlanTermijnenVerlopen() {
        ProcessInstance zm = start();
        voltooi("Task_ScreeningTriage", Map.of());
        voerJobUit(zm, "Task_VerstuurBrief");
        reactie(zm);
        execute(timer(zm, "Event_GesprekTermijnVerlopen"));
        voltooi("Task_GesprekZelfmelder", Map.of("uitstelNodig", false));
        execute(timer(zm, "Event_PlanTermijnVerlopen"));
        assertThat(jdbc.queryForList("select stap from zelfmelder_weekoverschrijding where zelfmelder_id = ? order by stap",
                String.class, zelfmelderId)).containsExactly("gesprek", "plan");
    }

    @Test
    void handmatigeInvoerDoorDeGemeente() {
        ProcessInstance zm = runtime.startProcessInstanceByKey("zelfmelder", melding());
        assertThat(zm.getBusinessKey()).isEqualTo(zelfmelderId);
        proces(zm).hasPassed("StartEvent_HandmatigeZelfmelding").isWaitingAt("Task_ScreeningTriage", "Event_NietGemeld");
        assertThat(runtime.getVariable(zm.getId(), "gemeenteNaam")).isEqualTo("Venlo");
    }

    @Test
    void reactieTijdensDeScreeningTeltZodraDeBriefIsVerstuurd() {
        ProcessInstance zm = start();
        reactie(zm);
        assertThat(runtime.getVariable(zm.getId(), "reactieOntvangenOp")).isNotNull();
        proces(zm).isWaitingAt("Task_ScreeningTriage");
        voltooi("Task_ScreeningTriage", Map.of());
        voerJobUit(zm, "Task_VerstuurBrief");
        proces(zm).hasPassed("Gateway_ReactieAlOntvangen").hasNotPassed("Task_ReactieVastleggen").isWaitingAt("Task_GesprekZelfmelder");
        assertThat(management.createJobQuery().processInstanceId(zm.getId()).activityId("Event_Reactietijd").count())
                .as("geen zeven dagen wachten op een reactie die er al is").isZero();
    }

    @Test
    void gemeenteLegtTelefonischeReactieVast() {
        ProcessInstance zm = totReactietijd();
        assertThat(kandidaatGroep("Task_ReactieVastleggen")).isEqualTo("gemeente-GM0983");
        assertThat(taak("Task_ReactieVastleggen").getDueDate()).isEqualTo(datum("2026-03-09T09:00:00+01:00"));
        voltooi("Task_ReactieVastleggen", Map.of("reactieWijze", "telefonisch", "notitieReactie", "Belde zelf"));
        proces(zm).isWaitingAt("Task_GesprekZelfmelder").hasNotPassed("Event_ReactieOntvangen");
        assertThat(runtime.getVariable(zm.getId(), "reactieOntvangenOp")).isNotNull();
        assertThat(management.createJobQuery().processInstanceId(zm.getId()).activityId("Event_Reactietijd").count()).isZero();
    }

    @Test
    void reactieTerwijlDeGemeenteBenadertBeeindigtDePoging() {
        ProcessInstance zm = totReactietijd();
        execute(timer(zm, "Event_Reactietijd"));
        proces(zm).isWaitingAt("Task_ZelfmelderBenaderen");
        reactie(zm);
        proces(zm).hasPassed("Event_ReactieTijdensBenaderen").isWaitingAt("Task_GesprekZelfmelder");
        assertThat(taken.createTaskQuery().processInstanceId(zm.getId()).taskDefinitionKey("Task_ZelfmelderBenaderen").count()).isZero();
    }

    @Test
    void nietBereiktGeeftNieuwePogingenEnDaarnaOnbereikbaar() {
        ProcessInstance zm = totReactietijd();
        execute(timer(zm, "Event_Reactietijd"));
        for (int poging = 1; poging < 3; poging++) {
            voltooi("Task_ZelfmelderBenaderen", Map.of("bereikt", false, "notitieBenaderen", "Geen gehoor"));
            assertThat(runtime.getVariable(zm.getId(), "benaderpogingen")).isEqualTo(poging);
            assertThat(taak("Task_ZelfmelderBenaderen").getDueDate()).as("nieuwe poging met een vervaldatum")
                    .isEqualTo(datum("2026-03-04T23:59:59+01:00"));
        }
        voltooi("Task_ZelfmelderBenaderen", Map.of("bereikt", false));
        proces(zm).hasPassed("Task_RegistreerOnbereikbaar").hasNotPassed("Task_GesprekZelfmelder").isWaitingAt("Task_PlanVanAanpak");
        assertThat(runtime.getVariable(zm.getId(), "onbereikbaar")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select onbereikbaar_op is not null from zelfmelder_casus where zelfmelder_id = ?",
                Boolean.class, zelfmelderId)).isTrue();
        voltooi("Task_PlanVanAanpak", Map.of("planVanAanpak", "Aanbod van de gemeente op basis van de screening"));
        proces(zm).hasPassed("EndEvent_PlanGereed").hasNotPassed("SubProcess_Uitstel");
    }

    @Test
    void reactieNaHetContactWordtAlleenBewaard() {
        ProcessInstance zm = totReactietijd();
        voltooi("Task_ReactieVastleggen", Map.of("reactieWijze", "balie"));
        Object eerste = runtime.getVariable(zm.getId(), "reactieOntvangenOp");
        ClockUtil.setCurrentTime(Date.from(MELDING.plusDays(2).atTime(9, 0).atZone(AMSTERDAM).toInstant()));
        reactie(zm);
        assertThat(runtime.getVariable(zm.getId(), "reactieOntvangenOp")).as("de eerste reactie telt").isEqualTo(eerste);
        proces(zm).isWaitingAt("Task_GesprekZelfmelder");
    }

    @Test
    void uitstelbesluitVoordatHetProcesWachtWordtBewaard() {
        ProcessInstance zm = totUitstel();
        runtime.createMessageCorrelation("UitstelBesluit").processInstanceId(zm.getId())
                .setVariable("toegekend", true).setVariable("nieuweOproepdatum", "2026-06-01").correlate();
        assertThat(runtime.getVariable(zm.getId(), "oproepdatum")).isEqualTo("2026-06-01");
        proces(zm).isWaitingAt("Task_UitstelAanvragen").hasNotPassed("Event_UitstelBesluit");
        voerJobUit(zm, "Task_UitstelAanvragen");
        proces(zm).hasPassed("Event_UitstelBesluit", "EndEvent_PlanGereed");
        assertThat(runtime.getVariable(zm.getId(), "uitstelToegekend")).isEqualTo(true);
    }

    @Test
    void planNietKlaarVoorDeOproepdatumIsEenZichtbareMisser() throws Exception {
        ProcessInstance zm = start();
        Job oproepdatum = timer(zm, "Event_Oproepdatum");
        assertThat(oproepdatum.getDuedate()).isEqualTo(datum("2026-04-15T00:00:00+02:00"));
        // A day no other case is called up on, so the report counts this case alone.
        LocalDate eigenDag = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        runtime.setVariable(zm.getId(), "oproepdatum", eigenDag.toString());
        jdbc.update("update rapportage_zelfmelder set oproepdatum = ? where zelfmelder_id = ?", eigenDag, zelfmelderId);
        ClockUtil.setCurrentTime(oproepdatum.getDuedate());
        execute(oproepdatum);
        proces(zm).hasPassed("Gateway_PlanVoorOproepdatum", "Task_RegistreerWeekoverschrijding")
                .hasNotPassed("EndEvent_PlanVoorOproepdatum").isWaitingAt("Task_ScreeningTriage");
        assertThat(jdbc.queryForList("select stap from zelfmelder_weekoverschrijding where zelfmelder_id = ?", String.class, zelfmelderId))
                .contains("oproepdatum");
        assertThat(jdbc.queryForObject("select plan_niet_voor_oproepdatum from rapportage_zelfmelder where zelfmelder_id = ?",
                Boolean.class, zelfmelderId)).isTrue();
        ClockUtil.reset();
        HttpResponse<String> rapport = new ApiKlant(poort, "manager")
                .get("/api/v1/rapportages/zelfmelders?van=" + eigenDag + "&tot=" + eigenDag);
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(200);
        JsonNode rij = new ObjectMapper().readTree(rapport.body()).path("rijen").get(0);
        assertThat(rij.path("aantal").asLong()).isEqualTo(1);
        assertThat(rij.path("metPlanVoorOproepdatum").asLong()).isZero();
        assertThat(rij.path("planNietVoorOproepdatum").asLong()).as("zichtbaar in de rapportage").isEqualTo(1);
    }

    @Test
    void wekenLopenNaarDeOproepdatum() {
        Map<String, Object> melding = melding();
        melding.put("oproepdatum", "2026-03-12");
        ProcessInstance zm = runtime.createMessageCorrelation("ZelfmelderMelding").processInstanceBusinessKey(zelfmelderId)
                .setVariables(melding).correlateStartMessage();
        assertThat(runtime.getVariable(zm.getId(), "week1Deadline")).isEqualTo("2026-03-04T23:59:59+01:00");
        assertThat(runtime.getVariable(zm.getId(), "week3Deadline")).isEqualTo("2026-03-08T23:59:59+01:00");
        assertThat(runtime.getVariable(zm.getId(), "week4Deadline")).as("plan uiterlijk de dag voor de oproepdatum")
                .isEqualTo("2026-03-11T23:59:59+01:00");
        voltooi("Task_ScreeningTriage", Map.of());
        voerJobUit(zm, "Task_VerstuurBrief");
        assertThat(taak("Task_ReactieVastleggen").getDueDate()).as("reactietijd nooit na de gesprekstermijn")
                .isEqualTo(datum("2026-03-08T23:59:59+01:00"));
    }

    private ProcessInstance totReactietijd() {
        ProcessInstance zm = start();
        voltooi("Task_ScreeningTriage", Map.of());
        voerJobUit(zm, "Task_VerstuurBrief");
        proces(zm).isWaitingAt("Task_ReactieVastleggen");
        return zm;
    }

    private void reactie(ProcessInstance zm) {
        runtime.createMessageCorrelation("ReactieZelfmelder").processInstanceId(zm.getId()).correlate();
    }

    private ProcessInstance totUitstel() {
        ProcessInstance zm = start();
        voltooi("Task_ScreeningTriage", Map.of());
        voerJobUit(zm, "Task_VerstuurBrief");
        reactie(zm);
        voltooi("Task_GesprekZelfmelder", Map.of("uitstelNodig", true, "redenUitstel", "Schuldhulp loopt nog"));
        voltooi("Task_PlanVanAanpak", Map.of("planVanAanpak", "Schuldhulp afronden voor de melding"));
        proces(zm).isWaitingAt("Task_UitstelAanvragen", "Event_NietGemeld");
        return zm;
    }

    private ProcessInstance totPlanGereed() {
        ProcessInstance zm = start();
        voltooi("Task_ScreeningTriage", Map.of());
        voerJobUit(zm, "Task_VerstuurBrief");
        reactie(zm);
        voltooi("Task_GesprekZelfmelder", Map.of("uitstelNodig", false));
        voltooi("Task_PlanVanAanpak", Map.of("planVanAanpak", "Plan"));
        return zm;
    }

    private Map<String, Object> melding() {
        Map<String, Object> melding = new HashMap<>();
        melding.put("zelfmelderId", zelfmelderId);
        melding.put("bsn", bsn);
        melding.put("achternaam", "de Vries");
        melding.put("voorletters", "K.");
        melding.put("geboortedatum", "1985-02-11");
        melding.put("geslacht", "V");
        melding.put("gemeenteCode", "GM0983");
        melding.put("oproepdatum", "2026-04-15");
        return melding;
    }

    private ProcessInstance start() {
        ProcessInstance zm = runtime.createMessageCorrelation("ZelfmelderMelding").processInstanceBusinessKey(zelfmelderId)
                .setVariables(melding()).correlateStartMessage();
        proces(zm).isWaitingAt("Task_ScreeningTriage", "Event_NietGemeld");
        return zm;
    }

    private Task taak(String taakKey) {
        Task taak = taken.createTaskQuery().processInstanceBusinessKey(zelfmelderId).taskDefinitionKey(taakKey).singleResult();
        assertThat(taak).as("open taak %s", taakKey).isNotNull();
        return taak;
    }

    private void voltooi(String taakKey, Map<String, Object> variabelen) {
        taken.complete(taak(taakKey).getId(), variabelen);
    }

    private String kandidaatGroep(String taakKey) {
        List<String> groepen = taken.getIdentityLinksForTask(taak(taakKey).getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(l -> l.getGroupId()).toList();
        assertThat(groepen).hasSize(1);
        return groepen.get(0);
    }

    private void voerJobUit(ProcessInstance pi, String activiteit) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activiteit).singleResult();
        assertThat(job).as("job voor %s", activiteit).isNotNull();
        execute(job);
    }

    private Job timer(ProcessInstance pi, String activiteit) {
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activiteit).singleResult();
        assertThat(timer).as("timer %s", activiteit).isNotNull();
        return timer;
    }

    private static String tekstVan(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessInstanceAssert proces(ProcessInstance pi) {
        return BpmnAwareTests.assertThat(pi);
    }

    private static Date datum(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }
}
