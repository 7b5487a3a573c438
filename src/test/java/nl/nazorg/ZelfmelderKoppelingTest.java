package nl.nazorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.nazorg.demo.Proefpersonen;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The zelfmelder reports in the PI: the eerstedagsmelding ends the voorzorg and the new nazorg case takes the plan along. */
class ZelfmelderKoppelingTest extends PostgresSpringTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    private String zelfmelderId;
    private String bsn;

    @BeforeEach
    void zetKlok() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
        zelfmelderId = "ZM-" + UUID.randomUUID();
        bsn = uniekBsn();
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @Test
    void eerstedagsmeldingNaHetPlanNeemtHetPlanMee() {
        ProcessInstance zm = start();
        taken.complete(taak("Task_ScreeningTriage"));
        management.executeJob(management.createJobQuery().processInstanceId(zm.getId()).activityId("Task_VerstuurBrief").singleResult().getId());
        runtime.createMessageCorrelation("ReactieZelfmelder").processInstanceId(zm.getId()).correlate();
        taken.complete(taak("Task_GesprekZelfmelder"), Map.of("uitstelNodig", false));
        taken.complete(taak("Task_PlanVanAanpak"), Map.of("planVanAanpak", "Woning behouden via huurafspraak; uitkering stopzetten bij insluiting."));

        String detentieId = "DET-" + UUID.randomUUID();
        ProcessInstance nazorg = meld(detentieId, "ter-peel");
        BpmnAwareTests.assertThat(zm).isEnded().hasPassed("EndEvent_ZelfmelderGemeld");
        assertThat(runtime.getVariable(nazorg.getId(), "zelfmelder")).isEqualTo(true);
        assertThat(runtime.getVariable(nazorg.getId(), "planVanAanpak")).asString().contains("huurafspraak");
        assertThat(runtime.getVariable(nazorg.getId(), "zelfmelderId")).isEqualTo(zelfmelderId);
        assertThat(jdbc.queryForObject("select detentie_id from zelfmelder_casus where zelfmelder_id = ?", String.class, zelfmelderId))
                .isEqualTo(detentieId);
    }

    @Test
    void eerstedagsmeldingVoordatHetPlanKlaarIsBeeindigtDeVoorzorg() {
        ProcessInstance zm = start();
        ProcessInstance nazorg = meld("DET-" + UUID.randomUUID(), "sittard");
        BpmnAwareTests.assertThat(zm).isEnded().hasPassed("Event_GemeldInPi");
        assertThat(runtime.getVariable(nazorg.getId(), "zelfmelder")).isEqualTo(true);
        assertThat(taken.createTaskQuery().processInstanceId(zm.getId()).count()).isZero();
    }

    @Test
    void eerstedagsmeldingZonderZelfmelderIsGeenZelfmelder() {
        ProcessInstance nazorg = meld("DET-" + UUID.randomUUID(), "roermond");
        assertThat(runtime.getVariable(nazorg.getId(), "zelfmelder")).isEqualTo(false);
    }

    private ProcessInstance meld(String detentieId, String pi) {
        return runtime.createMessageCorrelation("EersteDagsmelding").processInstanceBusinessKey(detentieId)
                .setVariables(TestCasussen.melding(detentieId, pi, "GM0983")).setVariable("bsn", bsn)
                .correlateStartMessage();
    }

    private ProcessInstance start() {
        Map<String, Object> melding = new HashMap<>();
        melding.put("zelfmelderId", zelfmelderId);
        melding.put("bsn", bsn);
        melding.put("achternaam", "de Vries");
        melding.put("voorletters", "K.");
        melding.put("geboortedatum", "1985-02-11");
        melding.put("geslacht", "V");
        melding.put("gemeenteCode", "GM0983");
        melding.put("oproepdatum", "2026-04-15");
        return runtime.createMessageCorrelation("ZelfmelderMelding").processInstanceBusinessKey(zelfmelderId)
                .setVariables(melding).correlateStartMessage();
    }

    private String taak(String taakKey) {
        return taken.createTaskQuery().processInstanceBusinessKey(zelfmelderId).taskDefinitionKey(taakKey).singleResult().getId();
    }

    static String uniekBsn() {
        return Proefpersonen.bsn(new SecureRandom());
    }
}
