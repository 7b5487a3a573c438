package nl.nazorg.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.TestMailserver;
import nl.nazorg.Termijntimers;
import nl.nazorg.partner.BerichtenLogboek;
import nl.nazorg.partner.BerichtenLogboek.VerzondenBericht;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sub-process Termijnbewaking: every termijn watched from the start of the case, whatever step it is in; a warning
 * two working days before each deadline to the group that must act (mail, table, the task's follow-up date and the
 * Tasklist filter "Termijn nadert"); after a miss the PI and the regievoerder's group hear of it.
 *
 * <p>Insluiting Monday 2 March 2026. Deadlines: bekendheid Wed 4, contact Fri 6, afstemmen Mon 9, intake and
 * informatieblad Mon 16, plan Mon 30 March; two working days before each: Mon 2 (at once), Wed 4, Thu 5, Thu 12
 * (twice) and Thu 26 March.
 */
class TermijnbewakingProcesTest extends PostgresSpringTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String PI_MAILBOX = "nazorg.terpeel@pi.example.nl";
    private static final String REGIO_MAILBOX = "nazorg@zvh-noord.example.nl";

    @LocalServerPort int poort;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired HistoryService historie;
    @Autowired ManagementService management;
    @Autowired FilterService filters;
    @Autowired JdbcTemplate jdbc;
    @Autowired BerichtenLogboek logboek;
    @Autowired TermijnoverschrijdingRepository overschrijdingen;
    @Autowired TermijnwaarschuwingRepository waarschuwingen;

    private Termijntimers timers;
    private String detentieId;

    @BeforeEach
    void zetKlok() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(moment("2026-03-02T09:00:00+01:00"));
        timers = new Termijntimers(runtime, management);
        detentieId = "DET-" + UUID.randomUUID();
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @Test
    void eenStilgevallenStap1RegistreertDeOverschrijdingenVanStap1EnDeIntake() {
        ProcessInstance pi = totBeoordeelBekendheid();

        timers.tot(pi, moment("2026-03-17T09:00:00+01:00"));

        assertThat(historie.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_Intakegesprek").finished().count()).as("the intake was not held").isZero();
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_BeoordeelBekendheid");
        assertThat(overschrijdingen.termijnenVan(detentieId))
                .containsExactly("afstemmen", "bekendheid", "contact", "informatieblad", "intake");
        assertThat(waarschuwingen.termijnenVan(detentieId)).as("warned before; bekendheid's two working days are no "
                + "longer than the warning, so its task is the notice")
                .containsExactly("afstemmen", "contact", "informatieblad", "intake");
        assertThat(timers.wachtOp(pi, Termijntimers.WAARSCHUWING, "plan")).as("the plan's warning is still ahead").isTrue();
        assertThat(ontvangers("Termijn bekendheid nadert")).isEmpty();
        assertThat(ontvangers("Termijn afstemmen nadert")).containsExactly(REGIO_MAILBOX);
        assertThat(ontvangers("Termijn contact nadert")).containsExactly(PI_MAILBOX);
        assertThat(ontvangers("Termijn intake nadert")).containsExactly(PI_MAILBOX);
    }

    @Test
    void waarschuwingTweeWerkdagenVoorDeDeadlineBijDeGroepDieMoetHandelen() throws Exception {
        ProcessInstance pi = totIntake(false);
        Task intake = taak(pi, "Task_Intakegesprek");
        assertThat(intake.getFollowUpDate()).isEqualTo(moment("2026-03-12T00:00:00+01:00"));
        assertThat(timers.timer(pi, Termijntimers.WAARSCHUWING, "intake").getDuedate())
                .isEqualTo(moment("2026-03-12T00:00:00+01:00"));

        timers.tot(pi, moment("2026-03-11T23:00:00+01:00"));
        assertThat(waarschuwingen.termijnenVan(detentieId)).isEmpty();
        assertThat(termijnNadert("cm-terpeel")).doesNotContain(intake.getId());

        timers.tot(pi, moment("2026-03-12T08:00:00+01:00"));
        assertThat(waarschuwingen.termijnenVan(detentieId)).containsExactly("informatieblad", "intake");
        assertThat(jdbc.queryForObject("select groep from termijnwaarschuwing where detentie_id = ? and termijn = 'intake'",
                String.class, detentieId)).isEqualTo("casemanager-ter-peel");
        assertThat(jdbc.queryForObject("select intake_gewaarschuwd_op from rapportage_casus where detentie_id = ?",
                LocalDate.class, detentieId)).isEqualTo(LocalDate.of(2026, 3, 12));
        List<MimeMessage> mails = TestMailserver.wachtOp(
                mail -> onderwerp(mail).equals("Termijn intake nadert voor detentie " + detentieId), 1);
        assertThat(mails).hasSize(1);
        assertThat(Arrays.stream(mails.get(0).getAllRecipients()).map(Address::toString)).containsExactly(PI_MAILBOX);
        assertThat(termijnNadert("cm-terpeel")).as("the casemanager's filter").contains(intake.getId());
        assertThat(termijnNadert("mdo-terpeel")).as("not the MDO's: not its task").doesNotContain(intake.getId());
    }

    @Test
    void eenTermijnAfgerondVoorDeWaarschuwingKrijgtGeenWaarschuwing() {
        ProcessInstance pi = totIntake(false);
        assertThat(runtime.getVariable(pi.getId(), "bekendheidBeoordeeldOp")).isNotNull();
        assertThat(runtime.getVariable(pi.getId(), "contactGelegdOp")).isNotNull();
        assertThat(runtime.getVariable(pi.getId(), "procesAfgestemdOp")).isNotNull();

        timers.tot(pi, moment("2026-03-10T09:00:00+01:00"));

        assertThat(waarschuwingen.termijnenVan(detentieId)).isEmpty();
        assertThat(overschrijdingen.termijnenVan(detentieId)).isEmpty();
        for (String termijn : List.of("bekendheid", "contact", "afstemmen")) {
            assertThat(timers.wachtOp(pi, Termijntimers.DEADLINE, termijn)).as(termijn + " ended early").isFalse();
        }
        assertThat(logboek.voorCasus(detentieId)).noneSatisfy(b -> assertThat(b.onderwerp()).startsWith("Termijn"));
    }

    @Test
    void naEenOverschrijdingHoortDeCoordinatorHetNaastDePi() {
        ProcessInstance pi = totIntake(false);
        timers.laatVerstrijken(pi, "intake");
        assertThat(overschrijdingen.termijnenVan(detentieId)).containsExactly("intake");
        assertThat(ontvangers("Termijn intake verlopen")).containsExactlyInAnyOrder(PI_MAILBOX, REGIO_MAILBOX);
        assertThat(bericht("Termijn intake verlopen", REGIO_MAILBOX).inhoud()).contains("coordinator-nazorg-noord-limburg");
    }

    @Test
    void naEenOverschrijdingHoortDeProcesregisseurVanEenZvhClientHet() {
        ProcessInstance pi = totIntake(true);
        timers.laatVerstrijken(pi, "informatieblad");
        assertThat(bericht("Termijn informatieblad verlopen", REGIO_MAILBOX).inhoud()).contains("procesregisseur-noord-limburg");
        assertThat(ontvangers("Termijn informatieblad verlopen")).containsExactlyInAnyOrder(PI_MAILBOX, REGIO_MAILBOX);
    }

    @Test
    void naDeUitstroomGeenWaarschuwingEnGeenOverschrijdingEnHetEindeSluitDeBewaking() {
        ProcessInstance pi = totIntake(false);
        runtime.createMessageCorrelation("UitDetentie").processInstanceBusinessKey(detentieId)
                .setVariable("uitstroomdatum", "2026-03-10").setVariable("uitstroomgemeenteCode", "GM0983").correlate();

        timers.tot(pi, moment("2026-03-17T09:00:00+01:00"));

        assertThat(waarschuwingen.termijnenVan(detentieId)).isEmpty();
        assertThat(overschrijdingen.termijnenVan(detentieId)).isEmpty();
        assertThat(timers.wachtOp(pi, Termijntimers.WAARSCHUWING, "plan")).as("still watched until the case ends").isTrue();
        taken.complete(taak(pi, "Task_WarmeOverdracht").getId(), Map.of("overdragenAan", SpinValues.jsonValue("[\"gemeente\"]").create()));
        voerJobUit(pi, "Task_VerstuurOverdracht");
        voerJobUit(pi, "Task_CasusAfsluiten");
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void eenLaatIngevoerdeCasusKrijgtGeenWaarschuwingAchterafMaarWelDeOverschrijdingen() {
        ClockUtil.setCurrentTime(moment("2026-03-20T09:00:00+01:00"));
        ProcessInstance pi = totBeoordeelBekendheid();

        timers.tot(pi, moment("2026-03-20T09:05:00+01:00"));

        assertThat(waarschuwingen.termijnenVan(detentieId)).as("their deadlines had passed").isEmpty();
        assertThat(overschrijdingen.termijnenVan(detentieId))
                .containsExactly("afstemmen", "bekendheid", "contact", "informatieblad", "intake");
        assertThat(timers.timer(pi, Termijntimers.WAARSCHUWING, "plan").getDuedate())
                .isEqualTo(moment("2026-03-26T00:00:00+01:00"));
    }

    @Test
    void naDeWaarschuwingOpTijdAfgerondEnDeBewakingEindigtAlsAllesKlaarIs() {
        ProcessInstance pi = totIntake(false);
        timers.tot(pi, moment("2026-03-12T08:00:00+01:00"));
        assertThat(waarschuwingen.termijnenVan(detentieId)).containsExactly("informatieblad", "intake");
        taken.complete(taak(pi, "Task_Intakegesprek").getId(), Map.of("hulpvraagHuisvesting", true));
        taken.complete(taak(pi, "Task_Informatieblad").getId());
        voerJobUit(pi, "Task_DeelInformatieblad");

        timers.tot(pi, moment("2026-03-17T09:00:00+01:00"));
        assertThat(overschrijdingen.termijnenVan(detentieId)).as("warned, then done in time").isEmpty();

        taken.complete(taak(pi, "Task_VerrijkInformatie").getId());
        management.createJobQuery().processInstanceId(pi.getId()).activityId("Gateway_BeeldvormingKlaar").list()
                .forEach(job -> management.executeJob(job.getId()));
        taken.complete(taak(pi, "Task_ConceptPlanOpstellen").getId(), Map.of("actielijst", SpinValues.jsonValue(
                "[{\"omschrijving\": \"Woning zoeken\", \"leefgebied\": \"huisvesting\", \"partij\": \"gemeente\", "
                        + "\"streefdatum\": \"2026-04-30\"}]").create()));
        taken.complete(taak(pi, "Task_PlanVaststellen").getId(), Map.of("planVastgesteld", true));
        timers.tot(pi, moment("2026-03-31T09:00:00+02:00"));

        assertThat(overschrijdingen.termijnenVan(detentieId)).isEmpty();
        assertThat(historie.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("EndEvent_TermijnenBewaakt").count()).as("every termijn's watch ended").isEqualTo(1);
        BpmnAwareTests.assertThat(pi).isNotEnded();
    }

    // ---- hulpmiddelen ----

    private ProcessInstance totBeoordeelBekendheid() {
        Map<String, Object> melding = new HashMap<>(TestCasussen.melding(detentieId, "ter-peel", "GM0983"));
        ProcessInstance pi = runtime.createMessageCorrelation("EersteDagsmelding").processInstanceBusinessKey(detentieId)
                .setVariables(melding).correlateStartMessage();
        voerJobUit(pi, "Task_RegistreerMelding");
        voerJobUit(pi, "Task_CheckBekendheid");
        return pi;
    }

    /** Step 1 done on its first day, without running the termijnen's timers. */
    private ProcessInstance totIntake(boolean zvhClient) {
        ProcessInstance pi = totBeoordeelBekendheid();
        taken.complete(taak(pi, "Task_BeoordeelBekendheid").getId(), Map.of("zvhClient", zvhClient));
        voerJobUit(pi, "Task_InformeerPi");
        taken.complete(taak(pi, "Task_ContactLeggen").getId());
        taken.complete(taak(pi, "Task_ProcesAfstemmen").getId());
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Intakegesprek");
        return pi;
    }

    private Task taak(ProcessInstance pi, String taakKey) {
        Task taak = taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taakKey).singleResult();
        assertThat(taak).as("open taak %s", taakKey).isNotNull();
        return taak;
    }

    private void voerJobUit(ProcessInstance pi, String activiteit) {
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId(activiteit)
                .singleResult().getId());
    }

    /** The filter "Termijn nadert" as the user's Tasklist lists it, over HTTP. */
    private String termijnNadert(String gebruiker) {
        String filter = filters.createFilterQuery().filterName("Termijn nadert").singleResult().getId();
        HttpResponse<String> lijst = new ApiKlant(poort, gebruiker).get("/engine-rest/filter/" + filter + "/list");
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        return lijst.body();
    }

    private List<String> ontvangers(String onderwerp) {
        return logboek.voorCasus(detentieId).stream().filter(b -> b.onderwerp().startsWith(onderwerp))
                .map(VerzondenBericht::ontvanger).toList();
    }

    private VerzondenBericht bericht(String onderwerp, String ontvanger) {
        return logboek.voorCasus(detentieId).stream()
                .filter(b -> b.onderwerp().startsWith(onderwerp) && b.ontvanger().equals(ontvanger))
                .findFirst().orElseThrow(() -> new AssertionError("geen bericht '" + onderwerp + "' aan " + ontvanger));
    }

    private static String onderwerp(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date moment(String iso) {
        return Date.from(OffsetDateTime.parse(iso).atZoneSameInstant(AMSTERDAM).toInstant());
    }
}
