package nl.nazorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.Procesberichten;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.BerichtenLogboek;
import nl.nazorg.partner.Koppelingen;
import nl.nazorg.termijn.TermijnoverschrijdingRepository;
import nl.nazorg.zvh.HttpZvhRegister;
import nl.nazorg.zvh.IngebouwdZvhRegister;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nazorg process path by path, on PostgreSQL, with the application's real delegates. Jobs run when the
 * test says so; timers fire by moving the engine clock.
 */
class NazorgProcesTest extends PostgresSpringTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate INSLUITING = LocalDate.of(2026, 3, 2);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired BerichtenLogboek logboek;
    @Autowired TermijnoverschrijdingRepository overschrijdingen;
    @Autowired IngebouwdZvhRegister zvhRegister;
    @Autowired StorendZvhRegister storendZvhRegister;
    @Autowired Procesberichten procesberichten;
    @Autowired CasusRepository casussen;
    @Autowired FormService formulieren;
    @Autowired IdentityService identiteit;
    @Autowired HistoryService historie;

    private String detentieId;

    @BeforeEach
    void zetKlok() {
        BpmnAwareTests.init(engine);
        zetKlokOp(INSLUITING, 9);
        detentieId = "DET-" + UUID.randomUUID();
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
        storendZvhRegister.herstel();
    }

    // ---- stap 1: binnenkomst en check ZVH ----

    @Test
    void nietZvhClientKomtBijCoordinatorNazorgVanDeRegio() {
        ProcessInstance pi = totBeoordeelBekendheid(melding());

        assertThat(kandidaatGroepen("Task_BeoordeelBekendheid")).containsExactly("zvh-administratie-noord-limburg");
        assertThat(runtime.getVariable(pi.getId(), "bekendBijZvh")).isEqualTo(false);
        assertThat(runtime.getVariable(pi.getId(), "zvhRegio")).isEqualTo("noord-limburg");
        assertThat(jdbc.queryForObject("select zvh_regio from gcos_registratie where detentie_id = ?", String.class, detentieId))
                .isEqualTo("noord-limburg");

        voltooi("Task_BeoordeelBekendheid", Map.of("zvhClient", false, "adviesAanPi", "Contact met wijkteam Venlo"));
        voerJobUit(pi, "Task_InformeerPi");
        assertThat(kandidaatGroepen("Task_ContactLeggen")).containsExactly("casemanager-ter-peel");
        voltooi("Task_ContactLeggen", Map.of());

        proces(pi).isWaitingAt("Task_ProcesAfstemmen");
        assertThat(kandidaatGroepen("Task_ProcesAfstemmen")).containsExactly("coordinator-nazorg-noord-limburg");
        List<BerichtenLogboek.VerzondenBericht> berichten = logboek.voorCasus(detentieId);
        assertThat(berichten).extracting(BerichtenLogboek.VerzondenBericht::ontvanger)
                .containsExactlyInAnyOrder("nazorg.terpeel@pi.example.nl", "coordinator-nazorg-noord-limburg");
        assertThat(berichten).allSatisfy(b -> assertThat(b.inhoud()).doesNotContain(BSN).contains("Contact met wijkteam Venlo"));
    }

    @Test
    void zvhClientKomtBijProcesregisseur() {
        zvhRegister.legPersoonVast(BSN_ZVH, "R. de Regisseur", "noord-limburg");
        Map<String, Object> melding = melding();
        melding.put("bsn", BSN_ZVH);
        ProcessInstance pi = totBeoordeelBekendheid(melding);

        assertThat(runtime.getVariable(pi.getId(), "bekendBijZvh")).isEqualTo(true);
        assertThat(runtime.getVariable(pi.getId(), "procesregisseur")).isEqualTo("R. de Regisseur");
        voltooi("Task_BeoordeelBekendheid", Map.of("zvhClient", true));
        voerJobUit(pi, "Task_InformeerPi");
        voltooi("Task_ContactLeggen", Map.of());
        assertThat(kandidaatGroepen("Task_ProcesAfstemmen")).containsExactly("procesregisseur-noord-limburg");
    }

    @Test
    void gemeenteInMiddenLimburgGaatNaarDieRegio() {
        Map<String, Object> melding = melding();
        melding.put("gemeenteCode", "GM0957");
        melding.put("piCode", "roermond");
        totBeoordeelBekendheid(melding);
        assertThat(kandidaatGroepen("Task_BeoordeelBekendheid")).containsExactly("zvh-administratie-midden-limburg");
    }

    @Test
    void gemeenteBuitenLimburgGaatNaarHaarEigenRegio() {
        Map<String, Object> melding = melding();
        melding.put("gemeenteCode", "GM0363");
        totBeoordeelBekendheid(melding);
        assertThat(kandidaatGroepen("Task_BeoordeelBekendheid")).containsExactly("zvh-administratie-amsterdam-amstelland");
    }

    @Test
    void handmatigeMeldingStartZonderBerichtEnKrijgtDetentieIdAlsSleutel() {
        ProcessInstance pi = runtime.startProcessInstanceByKey("nazorg", melding());
        assertThat(pi.getBusinessKey()).isEqualTo(detentieId);
        proces(pi).hasPassed("StartEvent_HandmatigeMelding").isWaitingAt("Task_RegistreerMelding");
    }

    @Test
    void tweedeMeldingVoorDezelfdeDetentieStartGeenTweedeCasus() {
        start(melding());
        assertThatThrownBy(() -> start(melding())).hasMessageContaining("Er bestaat al een casus");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isEqualTo(1);
    }

    @Test
    void ongeldigeBsnWordtGeweigerdZonderDeBsnTeNoemen() {
        Map<String, Object> melding = melding();
        melding.put("bsn", "123456789");
        assertThatThrownBy(() -> start(melding))
                .hasMessageContaining("bsn").hasMessageNotContaining("123456789");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId)).isZero();
    }

    @Test
    void onbekendePiWordtGeweigerd() {
        Map<String, Object> melding = melding();
        melding.put("piCode", "alcatraz");
        assertThatThrownBy(() -> start(melding)).hasMessageContaining("piCode");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isZero();
    }

    @Test
    void storingBijGcosWordtHerhalingEnDanIncidentEnHerstelt() {
        ProcessInstance pi = start(melding());
        voerJobUit(pi, "Task_RegistreerMelding");
        storendZvhRegister.storing(true);
        Job job = jobVoor(pi, "Task_CheckBekendheid");
        // the first attempt and one retry per interval of PT1M,PT10M,PT1H
        for (int poging = 0; poging < 4; poging++) {
            Job actueel = management.createJobQuery().jobId(job.getId()).singleResult();
            assertThatThrownBy(() -> management.executeJob(actueel.getId())).hasMessageContaining("GCOS");
        }
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getActivityId())
                .isEqualTo("Task_CheckBekendheid");

        storendZvhRegister.storing(false);
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());
        proces(pi).isWaitingAt("Task_BeoordeelBekendheid");
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void gcosOverHttpMet503EnTimeoutWordtHerhalingEnIncidentEnHerstelt() {
        ProcessInstance pi = start(melding());
        try (TestPartnerSysteem gcos = new TestPartnerSysteem()) {
            storendZvhRegister.gebruik(new HttpZvhRegister(new Koppelingen(new Koppelingen.Koppeling(Koppelingen.Modus.HTTP,
                    gcos.url(), "nazorg", "geheim", null, Duration.ofSeconds(2), Duration.ofMillis(500)), null, null)));
            gcos.antwoord("/casussen", 503, "{}");
            Job job = jobVoor(pi, "Task_RegistreerMelding");
            for (int poging = 0; poging < 3; poging++) {
                assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("503");
            }
            gcos.traagAntwoord("/casussen", Duration.ofSeconds(5), 201, "{}");
            assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
            assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
            assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getActivityId())
                    .isEqualTo("Task_RegistreerMelding");

            gcos.antwoord("/casussen", 201, "{}");
            management.setJobRetries(job.getId(), 1);
            management.executeJob(job.getId());
            assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
            assertThat(gcos.verzoeken()).allSatisfy(v -> assertThat(v.uri()).doesNotContain(BSN));
        }
        proces(pi).isWaitingAt("Task_CheckBekendheid");
    }

    // ---- stap 2: beeldvorming ----

    @Test
    void enkelvoudigeCasusGaatZonderGesprekNaarPlanvorming() {
        ProcessInstance pi = totBeeldvorming(false);
        assertThat(task("Task_Intakegesprek", pi).getDueDate()).isEqualTo(datum("2026-03-16T23:59:59+01:00"));
        voltooiIntake(pi, "hulpvraagHuisvesting");
        assertThat(runtime.getVariable(pi.getId(), "aantalLeefgebieden")).isEqualTo(1);
        assertThat(runtime.getVariable(pi.getId(), "leefgebieden")).isEqualTo(List.of("huisvesting"));
        rondBeeldvormingAf(pi);
        assertThat(runtime.getVariable(pi.getId(), "complexiteit")).isEqualTo("enkelvoudig");
        proces(pi).hasNotPassed("Task_GesprekComplexeCasus").isWaitingAt("Task_ConceptPlanOpstellen");
    }

    @Test
    void meervoudigeCasusZonderOpschaling() {
        ProcessInstance pi = totBeeldvorming(false);
        voltooiIntake(pi, "hulpvraagHuisvesting", "hulpvraagSchulden");
        rondBeeldvormingAf(pi);
        assertThat(runtime.getVariable(pi.getId(), "complexiteit")).isEqualTo("meervoudig");
        assertThat(kandidaatGroepen("Task_GesprekComplexeCasus")).containsExactly("coordinator-nazorg-noord-limburg");
        voltooi("Task_GesprekComplexeCasus", Map.of("opschalen", false));
        proces(pi).hasNotPassed("Task_OpschalingAfstemmen").isWaitingAt("Task_ConceptPlanOpstellen");
        assertThat(runtime.getVariable(pi.getId(), "zvhClient")).isEqualTo(false);
    }

    @Test
    void meervoudigeCasusMetOpschalingWordtZvhClient() {
        ProcessInstance pi = totOpschalingAfstemmen();
        assertThat(kandidaatGroepen("Task_OpschalingAfstemmen")).containsExactly("procesregisseur-noord-limburg");
        voltooi("Task_OpschalingAfstemmen", Map.of("opschalingAanvaard", true,
                "afsprakenOpschaling", "Procesregisseur neemt de regie over"));
        assertThat(runtime.getVariable(pi.getId(), "zvhClient")).as("alleen het proces zelf wijzigt zvhClient").isEqualTo(false);
        voerJobUit(pi, "Task_RegieOpschalen");
        assertThat(runtime.getVariable(pi.getId(), "zvhClient")).isEqualTo(true);
        assertThat(logboek.voorCasus(detentieId)).anySatisfy(b -> {
            assertThat(b.ontvanger()).isEqualTo("procesregisseur-noord-limburg");
            assertThat(b.inhoud()).contains("Opgeschaald", "Procesregisseur neemt de regie over");
        });
        proces(pi).hasNotPassed("Task_WeigeringOpschalingMelden").isWaitingAt("Task_ConceptPlanOpstellen");
    }

    @Test
    void procesregisseurWeigertOpschalingMetRedenEnDeCoordinatorBlijftRegievoerder() {
        ProcessInstance pi = totOpschalingAfstemmen();
        voltooi("Task_OpschalingAfstemmen", Map.of("opschalingAanvaard", false,
                "redenWeigeringOpschaling", "Geen ZVH-problematiek; het wijkteam volstaat"));
        voerJobUit(pi, "Task_WeigeringOpschalingMelden");
        assertThat(runtime.getVariable(pi.getId(), "zvhClient")).isEqualTo(false);
        assertThat(runtime.getVariable(pi.getId(), "redenWeigeringOpschaling"))
                .isEqualTo("Geen ZVH-problematiek; het wijkteam volstaat");
        assertThat(logboek.voorCasus(detentieId)).anySatisfy(b -> {
            assertThat(b.ontvanger()).isEqualTo("coordinator-nazorg-noord-limburg");
            assertThat(b.onderwerp()).startsWith("Opschaling naar ZVH geweigerd");
            assertThat(b.inhoud()).contains("Geen ZVH-problematiek; het wijkteam volstaat").doesNotContain(BSN);
        });
        proces(pi).hasNotPassed("Task_RegieOpschalen").isWaitingAt("Task_ConceptPlanOpstellen");
    }

    @Test
    void weigeringZonderRedenOfZonderBesluitWordtGeweigerdEnVeranderdNiets() {
        ProcessInstance pi = totOpschalingAfstemmen();
        assertThatThrownBy(() -> voltooi("Task_OpschalingAfstemmen", Map.of("opschalingAanvaard", false)))
                .hasMessageContaining("redenWeigeringOpschaling");
        assertThatThrownBy(() -> voltooi("Task_OpschalingAfstemmen", Map.of("opschalingAanvaard", false,
                "redenWeigeringOpschaling", "  "))).hasMessageContaining("redenWeigeringOpschaling");
        assertThatThrownBy(() -> voltooi("Task_OpschalingAfstemmen", Map.of("afsprakenOpschaling", "Akkoord")))
                .hasMessageContaining("opschalingAanvaard");
        assertThatThrownBy(() -> voltooi("Task_OpschalingAfstemmen", Map.of("opschalingAanvaard", true)))
                .hasMessageContaining("afsprakenOpschaling");
        proces(pi).isWaitingAt("Task_OpschalingAfstemmen");
        assertThat(runtime.getVariable(pi.getId(), "opschalingAanvaard")).isNull();
    }

    @Test
    void meervoudigeZvhClientHeeftAlEenRegisseurEnGeenGesprekNodig() {
        ProcessInstance pi = totBeeldvorming(true);
        voltooiIntake(pi, "hulpvraagIdBewijs", "hulpvraagSchulden");
        rondBeeldvormingAf(pi);
        assertThat(runtime.getVariable(pi.getId(), "complexiteit")).isEqualTo("meervoudig");
        proces(pi).hasNotPassed("Task_GesprekComplexeCasus").isWaitingAt("Task_ConceptPlanOpstellen");
    }

    // ---- stap 3: planvorming ----

    @Test
    void mdoWijstConceptAfEnSteltHetDaarnaVast() {
        ProcessInstance pi = totPlanvorming();
        voltooi("Task_ConceptPlanOpstellen", Map.of("actielijst", actielijst()));
        assertThat(kandidaatGroepen("Task_PlanVaststellen")).containsExactly("mdo-ter-peel");
        voltooi("Task_PlanVaststellen", Map.of("planVastgesteld", false, "opmerkingenMdo", "Huisvesting uitwerken"));
        proces(pi).isWaitingAt("Task_ConceptPlanOpstellen");
        voltooi("Task_ConceptPlanOpstellen", Map.of("actielijst", actielijst()));
        voltooi("Task_PlanVaststellen", Map.of("planVastgesteld", true));
        assertThat(runtime.getVariable(pi.getId(), "planVastgesteldOp")).isNotNull();

        voerJobUit(pi, "Task_DeelPlan");
        List<BerichtenLogboek.VerzondenBericht> plannen = logboek.voorCasus(detentieId).stream()
                .filter(b -> b.onderwerp().startsWith("D&R-plan")).toList();
        assertThat(plannen).extracting(BerichtenLogboek.VerzondenBericht::ontvanger)
                .containsExactlyInAnyOrder("nazorg@zvh-noord.example.nl", "nazorg@venlo.example.nl", "nazorg@reclassering.example.nl");
        assertThat(plannen.get(0).inhoud()).contains("Woning zoeken via woningcorporatie").doesNotContain(BSN);
        proces(pi).isWaitingAt("Task_ActieUitvoeren");
    }

    // ---- stap 4: uitvoering ----

    @Test
    void elkeActieGaatNaarDeGroepVanHaarPartijMetStreefdatum() {
        ProcessInstance pi = totUitvoering(melding());
        List<Task> acties = taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ActieUitvoeren").list();
        assertThat(acties).hasSize(3);
        assertThat(acties).extracting(t -> kandidaatGroepenVan(t).get(0))
                .containsExactlyInAnyOrder("reclassering", "gemeente-GM0983", "casemanager-ter-peel");
        assertThat(acties).extracting(Task::getDueDate).contains(datum("2026-04-30T23:59:59+02:00"));
        acties.forEach(t -> taken.complete(t.getId(), Map.of("uitgevoerd", true)));
        proces(pi).hasPassed("EndEvent_ActiesUitgevoerd").isActive();
    }

    @Test
    void trajectgesprekElkeZesWekenTotDeOverdracht() {
        ProcessInstance pi = totUitvoering(melding());
        OffsetDateTime start = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM);
        for (int keer = 1; keer <= 2; keer++) {
            Job timer = timerVoor(pi, "Event_TrajectgesprekGepland");
            assertThat(timer.getDuedate().toInstant().atZone(AMSTERDAM).toLocalDate())
                    .isEqualTo(start.toLocalDate().plusWeeks(6L * keer));
            ClockUtil.setCurrentTime(timer.getDuedate());
            execute(timer);
            assertThat(kandidaatGroepen("Task_Trajectgesprek")).containsExactly("casemanager-ter-peel");
            voltooi("Task_Trajectgesprek", gesprek("Gesprek " + keer));
        }
        meldUitDetentie("2026-06-30");
        proces(pi).isWaitingAt("Task_WarmeOverdracht");
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().activityId("Event_TrajectgesprekGepland")
                .count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count())
                .as("only the termijnen's watch and the handover's warning wait").isEqualTo(
                        management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(Termijntimers.WAARSCHUWING)
                                .count() + 1);
        assertThat(timerVoor(pi, "Event_OverdrachtNadert")).isNotNull();
    }

    @Test
    void trajectgesprekVanZvhClientBijDeRegievoerder() {
        zvhRegister.legPersoonVast(BSN_ZVH, "R. de Regisseur", "noord-limburg");
        Map<String, Object> melding = melding();
        melding.put("bsn", BSN_ZVH);
        ProcessInstance pi = totUitvoering(melding, true);
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        assertThat(kandidaatGroepen("Task_Trajectgesprek")).containsExactly("procesregisseur-noord-limburg");
    }

    // ---- stap 4: afschalen, herzien en verslag ----

    @Test
    void afschalenBijHetTrajectgesprekMaaktDeCoordinatorRegievoerderEnVerhuistZijnOpenTaken() {
        zvhRegister.legPersoonVast(BSN_ZVH, "R. de Regisseur", "noord-limburg");
        Map<String, Object> melding = melding();
        melding.put("bsn", BSN_ZVH);
        ProcessInstance pi = totUitvoering(melding, true, actielijstMetRegievoerder());
        Task regieActie = actieVan("regievoerder");
        assertThat(kandidaatGroepenVan(regieActie)).containsExactly("procesregisseur-noord-limburg");
        taken.claim(regieActie.getId(), "regie-noord");
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        assertThat(kandidaatGroepen("Task_Trajectgesprek")).containsExactly("procesregisseur-noord-limburg");

        Map<String, Object> gesprek = gesprek("Woning geregeld; ZVH-regie niet meer nodig.");
        gesprek.put("afschalen", true);
        gesprek.put("redenAfschaling", "Alleen nog huisvesting; de gemeente pakt dat op");
        voltooi("Task_Trajectgesprek", gesprek);
        assertThat(runtime.getVariable(pi.getId(), "zvhClient")).isEqualTo(true);
        voerJobUit(pi, "Task_RegieAfschalen");

        assertThat(runtime.getVariable(pi.getId(), "zvhClient")).isEqualTo(false);
        Task verhuisd = taken.createTaskQuery().taskId(regieActie.getId()).singleResult();
        assertThat(kandidaatGroepenVan(verhuisd)).containsExactly("coordinator-nazorg-noord-limburg");
        assertThat(verhuisd.getAssignee()).as("de procesregisseur had de actie opgepakt").isNull();
        assertThat(kandidaatGroepenVan(actieVan("gemeente"))).containsExactly("gemeente-GM0983");
        assertThat(logboek.voorCasus(detentieId)).anySatisfy(b -> {
            assertThat(b.ontvanger()).isEqualTo("coordinator-nazorg-noord-limburg");
            assertThat(b.inhoud()).contains("Afgeschaald", "Alleen nog huisvesting; de gemeente pakt dat op");
        });
        proces(pi).hasPassed("EndEvent_Afgeschaald");

        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        assertThat(kandidaatGroepen("Task_Trajectgesprek")).as("het volgende gesprek is voor de casemanager")
                .containsExactly("casemanager-ter-peel");
        assertThat(trajectgesprekken(pi)).singleElement().satisfies(g -> {
            assertThat(g).containsEntry("afgeschaald", true)
                    .containsEntry("redenAfschaling", "Alleen nog huisvesting; de gemeente pakt dat op");
        });
    }

    @Test
    void afschalenZonderRedenOfVanEenNietZvhClientWordtGeweigerd() {
        ProcessInstance pi = totUitvoering(melding());
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        Map<String, Object> gesprek = gesprek("Gesprek gevoerd.");
        gesprek.put("afschalen", true);
        gesprek.put("redenAfschaling", "Niet meer nodig");
        assertThatThrownBy(() -> voltooi("Task_Trajectgesprek", gesprek)).hasMessageContaining("'afschalen'")
                .hasMessageContaining("geen ZVH-cliënt");

        runtime.setVariable(pi.getId(), "zvhClient", true);
        gesprek.remove("redenAfschaling");
        assertThatThrownBy(() -> voltooi("Task_Trajectgesprek", gesprek)).hasMessageContaining("redenAfschaling");
        assertThatThrownBy(() -> voltooi("Task_Trajectgesprek", Map.of("planHerzien", false)))
                .hasMessageContaining("verslagTrajectgesprek");
        proces(pi).isWaitingAt("Task_Trajectgesprek");
        assertThat(runtime.getVariable(pi.getId(), "trajectgesprekken")).isNull();
    }

    @Test
    void verslagVanElkTrajectgesprekBlijftBijDeCasus() {
        ProcessInstance pi = totUitvoering(melding());
        for (String verslag : List.of("Woning gevonden.", "Werk nog niet; reclassering erbij.")) {
            Job timer = timerVoor(pi, "Event_TrajectgesprekGepland");
            ClockUtil.setCurrentTime(timer.getDuedate());
            execute(timer);
            voltooi("Task_Trajectgesprek", gesprek(verslag));
        }
        assertThat(trajectgesprekken(pi)).extracting(g -> g.get("verslag"))
                .containsExactly("Woning gevonden.", "Werk nog niet; reclassering erbij.");
        assertThat(trajectgesprekken(pi)).extracting(g -> g.get("datum")).containsExactly("2026-04-13", "2026-05-25");
        assertThat(runtime.getVariable(pi.getId(), "verslagTrajectgesprek")).as("het veld zelf is lokaal").isNull();
        proces(pi).hasNotPassed("SubProcess_PlanHerziening", "Task_RegieAfschalen");
    }

    @Test
    void herzieningMetNieuweActieStartEenTaakNaastDeLopendeActies() {
        ProcessInstance pi = totUitvoering(melding());
        Task lopend = actieVan("gemeente");
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        Map<String, Object> gesprek = gesprek("Schulden kwamen ter sprake; plan aanvullen.");
        gesprek.put("planHerzien", true);
        voltooi("Task_Trajectgesprek", gesprek);

        assertThat(kandidaatGroepen("Task_PlanHerzien")).containsExactly("casemanager-ter-peel");
        assertThat(timerVoor(pi, "Event_TrajectgesprekGepland")).as("de lus van gesprekken loopt door").isNotNull();
        voltooi("Task_PlanHerzien", Map.of("doelen", DOELEN, "nieuweActies", SpinValues.jsonValue("""
                [{"omschrijving": "Schuldhulp aanvragen", "leefgebied": "schulden", "partij": "gemeente",
                  "streefdatum": "2026-06-30"}]""").create()));
        proces(pi).hasNotPassed("Task_HerzienPlanVaststellen");
        voerJobUit(pi, "Task_DeelHerzienPlan");

        Task nieuw = task("Task_NieuweActieUitvoeren", pi);
        assertThat(nieuw.getName()).isEqualTo("Actie uitvoeren");
        assertThat(kandidaatGroepenVan(nieuw)).containsExactly("gemeente-GM0983");
        assertThat(nieuw.getDueDate()).isEqualTo(datum("2026-06-30T23:59:59+02:00"));
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ActieUitvoeren").count())
                .as("de lopende acties blijven open").isEqualTo(3);
        assertThat(taken.createTaskQuery().taskId(lopend.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(pi.getId(), "planversie")).isEqualTo(2);
        assertThat(logboek.voorCasus(detentieId)).filteredOn(b -> b.onderwerp().startsWith("Herzien D&R-plan (versie 2)"))
                .hasSize(3).allSatisfy(b -> assertThat(b.inhoud()).contains("Schuldhulp aanvragen"));

        taken.complete(nieuw.getId(), Map.of("uitgevoerd", true, "toelichting", "Aangevraagd"));
        taken.complete(lopend.getId(), Map.of("uitgevoerd", false));
        List<Map<String, Object>> acties = actielijstVan(pi);
        assertThat(acties).hasSize(4);
        assertThat(acties.get(3)).containsEntry("omschrijving", "Schuldhulp aanvragen").containsEntry("volgnummer", 3)
                .containsEntry("uitgevoerd", true).containsEntry("toelichting", "Aangevraagd");
        assertThat(acties.get(0)).containsEntry("uitgevoerd", false);
        assertThat(jdbc.queryForList("select volgnummer, uitgevoerd from rapportage_actie where detentie_id = ? "
                + "order by volgnummer", detentieId)).extracting(r -> r.get("uitgevoerd")).containsExactly(false, null, null, true);
        proces(pi).hasPassed("EndEvent_HerzieningUitgevoerd", "EndEvent_PlanHerzien");

        // a second revision is a version of its own, kept and sent once more
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        voltooi("Task_Trajectgesprek", gesprek);
        voltooi("Task_PlanHerzien", Map.of("doelen", DOELEN, "nieuweActies", SpinValues.jsonValue("""
                [{"omschrijving": "Budgetcursus", "leefgebied": "schulden", "partij": "casemanager"}]""").create()));
        voerJobUit(pi, "Task_DeelHerzienPlan");
        assertThat(jdbc.queryForObject("select count(*) from document where detentie_id = ? and soort = 'DR_PLAN'",
                Integer.class, detentieId)).isEqualTo(3);
        assertThat(kandidaatGroepen("Task_NieuweActieUitvoeren")).containsExactly("casemanager-ter-peel");
    }

    @Test
    void herzieningVanDeDoelenGaatLangsHetMdo() {
        ProcessInstance pi = totUitvoering(melding());
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        Map<String, Object> gesprek = gesprek("Doel werk past niet meer.");
        gesprek.put("planHerzien", true);
        voltooi("Task_Trajectgesprek", gesprek);
        String nieuweDoelen = "Huisvesting bij uitstroom; dagbesteding in plaats van werk.";
        voltooi("Task_PlanHerzien", Map.of("doelen", nieuweDoelen, "nieuweActies", SpinValues.jsonValue("""
                [{"omschrijving": "Dagbesteding zoeken", "leefgebied": "werk-inkomen", "partij": "gemeente"}]""").create()));

        assertThat(kandidaatGroepen("Task_HerzienPlanVaststellen")).containsExactly("mdo-ter-peel");
        assertThat(taken.getVariable(task("Task_HerzienPlanVaststellen", pi).getId(), "actielijst"))
                .as("het MDO ziet de herziene actielijst").asString().contains("Dagbesteding zoeken");
        assertThat(runtime.getVariable(pi.getId(), "doelen")).as("pas na vaststelling").isEqualTo(DOELEN);
        voltooi("Task_HerzienPlanVaststellen", Map.of("planVastgesteld", false, "opmerkingenMdo", "Dagbesteding uitwerken"));
        proces(pi).isWaitingAt("Task_PlanHerzien");
        assertThat(runtime.getVariable(pi.getId(), "planVastgesteld")).as("het oorspronkelijke besluit blijft").isEqualTo(true);
        assertThat(runtime.getVariable(pi.getId(), "opmerkingenMdo")).isNull();
        assertThat(taken.getVariable(task("Task_PlanHerzien", pi).getId(), "actielijst"))
                .as("de casemanager ziet weer de actielijst van de casus").asString().doesNotContain("Dagbesteding zoeken");

        voltooi("Task_PlanHerzien", Map.of("doelen", nieuweDoelen + " Dagbesteding via de gemeente.",
                "nieuweActies", SpinValues.jsonValue("[]").create()));
        voltooi("Task_HerzienPlanVaststellen", Map.of("planVastgesteld", true));
        assertThat(runtime.getVariable(pi.getId(), "doelen")).isEqualTo(nieuweDoelen + " Dagbesteding via de gemeente.");
        assertThat(runtime.getVariable(pi.getId(), "actielijst")).asString().doesNotContain("volgnummer");
        voerJobUit(pi, "Task_DeelHerzienPlan");
        proces(pi).hasPassed("EndEvent_PlanHerzien");
        assertThat(actielijstVan(pi)).hasSize(3);
    }

    @Test
    void herzieningZonderWijzigingOfMetOngeldigeActieWordtGeweigerd() {
        ProcessInstance pi = totUitvoering(melding());
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        Map<String, Object> gesprek = gesprek("Herzien.");
        gesprek.put("planHerzien", true);
        voltooi("Task_Trajectgesprek", gesprek);

        assertThatThrownBy(() -> voltooi("Task_PlanHerzien", Map.of("doelen", DOELEN)))
                .hasMessageContaining("nieuweActies");
        assertThatThrownBy(() -> voltooi("Task_PlanHerzien", Map.of("doelen", DOELEN, "nieuweActies",
                SpinValues.jsonValue("[{\"omschrijving\": \"X\", \"leefgebied\": \"schulden\", \"partij\": \"buurman\"}]")
                        .create()))).hasMessageContaining("nieuweActies.partij").hasMessageContaining("actie 1");
        proces(pi).isWaitingAt("Task_PlanHerzien");
        assertThat(actielijstVan(pi)).hasSize(3);
    }

    // ---- stap 4: de casemanager herziet het plan tussentijds (proces dr-plan-herzien) ----

    @Test
    void casemanagerHerzietHetPlanTussentijdsMetEenNieuweActieNaastDeLopende() {
        ProcessInstance pi = totUitvoering(melding());
        long gestart = herzieningsstarts();

        vraagHerzieningAls("cm-terpeel", "casemanager-ter-peel", " " + detentieId + " ", "Nieuwe schuldeiser gemeld.");

        assertThat(herzieningsstarts()).as("de instantie van het verzoek is meteen klaar").isEqualTo(gestart + 1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("dr-plan-herzien").count()).isZero();
        assertThat(historie.createHistoricVariableInstanceQuery().variableName("reden").count())
                .as("het verzoek bewaart de reden niet").isZero();
        proces(pi).hasPassed("StartEvent_PlanHerziening").hasNotPassed("EndEvent_PlanHerzien");
        Task herzien = task("Task_PlanHerzien", pi);
        assertThat(kandidaatGroepenVan(herzien)).containsExactly("casemanager-ter-peel");
        assertThat(taken.getVariable(herzien.getId(), "redenHerziening")).isEqualTo("Nieuwe schuldeiser gemeld.");
        assertThat(runtime.getVariable(pi.getId(), "redenHerziening")).as("de reden hoort bij de herziening").isNull();
        assertThat(timerVoor(pi, "Event_TrajectgesprekGepland")).as("de gesprekken lopen door").isNotNull();

        voltooi("Task_PlanHerzien", Map.of("doelen", DOELEN, "nieuweActies", SpinValues.jsonValue("""
                [{"omschrijving": "Schuldhulp aanvragen", "leefgebied": "schulden", "partij": "gemeente",
                  "streefdatum": "2026-06-30"}]""").create()));
        proces(pi).hasNotPassed("Task_HerzienPlanVaststellen");
        voerJobUit(pi, "Task_DeelHerzienPlan");

        assertThat(kandidaatGroepen("Task_NieuweActieUitvoeren")).containsExactly("gemeente-GM0983");
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ActieUitvoeren").count())
                .as("de lopende acties blijven open").isEqualTo(3);
        assertThat(runtime.getVariable(pi.getId(), "planversie")).isEqualTo(2);
        assertThat(actielijstVan(pi)).hasSize(4).last().satisfies(a -> assertThat(a)
                .containsEntry("omschrijving", "Schuldhulp aanvragen").containsEntry("volgnummer", 3));
        assertThat(logboek.voorCasus(detentieId)).filteredOn(b -> b.onderwerp().startsWith("Herzien D&R-plan (versie 2)"))
                .hasSize(3).allSatisfy(b -> assertThat(b.inhoud()).contains("Schuldhulp aanvragen"));
    }

    @Test
    void tussentijdsGewijzigdeDoelenGaanLangsHetMdoEnEenTweedeHerzieningWachtTotDieIsVastgesteld() {
        ProcessInstance pi = totUitvoering(melding());
        vraagHerzieningAls("cm-terpeel", "casemanager-ter-peel", detentieId, "Werk past niet meer.");
        String nieuweDoelen = "Huisvesting bij uitstroom; dagbesteding in plaats van werk.";
        voltooi("Task_PlanHerzien", Map.of("doelen", nieuweDoelen, "nieuweActies", SpinValues.jsonValue("[]").create()));
        assertThat(kandidaatGroepen("Task_HerzienPlanVaststellen")).containsExactly("mdo-ter-peel");

        assertThatThrownBy(() -> vraagHerzieningAls("cm-terpeel", "casemanager-ter-peel", detentieId, "Nog iets."))
                .isInstanceOf(OngeldigeProcesinvoerException.class).hasMessageContaining("'detentieId'")
                .hasMessageContaining("er loopt al een herziening");
        execute(timerVoor(pi, "Event_TrajectgesprekGepland"));
        Map<String, Object> gesprek = gesprek("Ook de schulden moeten erin.");
        gesprek.put("planHerzien", true);
        assertThatThrownBy(() -> voltooi("Task_Trajectgesprek", gesprek)).hasMessageContaining("'planHerzien'")
                .hasMessageContaining("er loopt al een herziening");
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PlanHerzien").count())
                .as("één herziening tegelijk").isZero();

        voltooi("Task_HerzienPlanVaststellen", Map.of("planVastgesteld", true));
        assertThat(runtime.getVariable(pi.getId(), "doelen")).isEqualTo(nieuweDoelen);
        voltooi("Task_Trajectgesprek", gesprek);
        assertThat(task("Task_PlanHerzien", pi)).as("na de vaststelling mag een nieuwe herziening").isNotNull();
        assertThat(taken.getVariable(task("Task_PlanHerzien", pi).getId(), "doelen")).isEqualTo(nieuweDoelen);
    }

    @Test
    void tussentijdseHerzieningWordtGeweigerdBuitenStap4VoorEenAnderePiEnVoorEenOnbekendeCasus() {
        ProcessInstance inStap3 = totPlanvorming();
        long gestart = herzieningsstarts();
        assertThatThrownBy(() -> vraagHerzieningAls("cm-terpeel", "casemanager-ter-peel", detentieId, "Te vroeg."))
                .isInstanceOf(OngeldigeProcesinvoerException.class)
                .hasMessage("Veld 'detentieId': de casus is niet in stap 4 (uitvoering van het vastgestelde D&R-plan); "
                        + "alleen een vastgesteld plan kan worden herzien");
        proces(inStap3).isWaitingAt("Task_ConceptPlanOpstellen");

        detentieId = "DET-" + UUID.randomUUID();
        ProcessInstance pi = totUitvoering(melding());
        String geenCasemanager = "Veld 'detentieId': u bent geen casemanager van een casus met dit detentie-id";
        assertThatThrownBy(() -> vraagHerzieningAls("cm-sittard", "casemanager-sittard", detentieId, "Niet mijn PI."))
                .hasMessage(geenCasemanager);
        assertThatThrownBy(() -> vraagHerzieningAls("mdo-terpeel", "mdo-ter-peel", detentieId, "Geen casemanager."))
                .as("alleen casemanagers mogen het proces starten").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> vraagHerzieningAls("cm-terpeel", "casemanager-ter-peel", "DET-BESTAAT-NIET", "Onbekend."))
                .as("een onbekende casus klinkt als een van een andere PI").hasMessage(geenCasemanager);
        assertThatThrownBy(() -> vraagHerzieningAls("cm-terpeel", "casemanager-ter-peel", detentieId, " "))
                .hasMessageContaining("Veld 'reden'");

        assertThat(herzieningsstarts()).as("een geweigerd verzoek laat niets na").isEqualTo(gestart);
        proces(pi).hasNotPassed("StartEvent_PlanHerziening");
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PlanHerzien").count()).isZero();
        assertThat(runtime.getVariable(pi.getId(), "planversie")).isNull();
    }


    @Test
    void uitDetentieTerwijlDeOverdrachtWordtVoorbereidSluitDeCasusNaHetVersturen() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", "2026-07-15");
        ProcessInstance pi = totUitvoering(melding);
        Job overdracht = timerVoor(pi, "Event_OverdrachtMoment");
        ClockUtil.setCurrentTime(overdracht.getDuedate());
        execute(overdracht);
        proces(pi).isWaitingAt("Task_WarmeOverdracht");

        procesberichten.uitDetentie(casussen.zoek(detentieId).orElseThrow(), LocalDate.of(2026, 7, 3), "GM0983");
        assertThat(jdbc.queryForObject("select uitstroomdatum from rapportage_casus where detentie_id = ?", LocalDate.class,
                detentieId)).isEqualTo(LocalDate.of(2026, 7, 3));

        voltooi("Task_WarmeOverdracht", Map.of("eersteContactNaUitstroom", "Wijkteam Venlo"));
        voerJobUit(pi, "Task_VerstuurOverdracht");
        voerJobUit(pi, "Task_CasusAfsluiten");
        proces(pi).hasPassed("Task_CasusAfsluiten").hasNotPassed("Event_UitDetentieOntvangen", "Task_UitstroomControleren").isEnded();
    }


    // ---- uitstroomvoorbereiding naast stap 1 t/m 4 ----

    @Test
    void korteDetentieKrijgtDeWarmeOverdrachtVoorDeUitstroomOokAlsStap1Stilligt() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", INSLUITING.plusDays(18).toString());
        ProcessInstance pi = totBeoordeelBekendheid(melding);

        Job overdrachtsmoment = timerVoor(pi, "Event_OverdrachtMoment");
        assertThat(overdrachtsmoment.getDuedate()).isEqualTo(datum("2026-03-06T00:00:00+01:00"));
        ClockUtil.setCurrentTime(overdrachtsmoment.getDuedate());
        execute(overdrachtsmoment);

        proces(pi).isWaitingAt("Task_BeoordeelBekendheid", "Task_Intakegesprek", "Task_WarmeOverdracht");
        assertThat(kandidaatGroepen("Task_WarmeOverdracht")).containsExactly("casemanager-ter-peel");
        assertThat(task("Task_WarmeOverdracht", pi).getDueDate()).isEqualTo(datum("2026-03-19T23:59:59+01:00"));
        assertThat(task("Task_WarmeOverdracht", pi).getFollowUpDate()).as("in 'Termijn nadert' two working days before")
                .isEqualTo(datum("2026-03-17T00:00:00+01:00"));

        zetKlokOp(INSLUITING.plusDays(12), 10);
        voltooi("Task_WarmeOverdracht", Map.of("overdragenAan", SpinValues.jsonValue("[\"gemeente\"]").create()));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_OverdrachtNadert").count())
                .as("sent in time: no warning").isZero();
        voerJobUit(pi, "Task_VerstuurOverdracht");
        assertThat(logboek.voorCasus(detentieId)).anySatisfy(b -> assertThat(b.onderwerp()).startsWith("Warme overdracht"))
                .noneSatisfy(b -> assertThat(b.onderwerp()).startsWith("Warme overdracht nadert"));
        proces(pi).isWaitingAt("Gateway_UitstroomOfControle", "Task_BeoordeelBekendheid");

        zetKlokOp(INSLUITING.plusDays(18), 9);
        meldUitDetentie(INSLUITING.plusDays(18).toString());
        voerJobUit(pi, "Task_CasusAfsluiten");
        proces(pi).isEnded().hasPassed("Event_UitDetentieOntvangen");
    }

    @Test
    void dePiWordtGewaarschuwdAlsDeWarmeOverdrachtBijnaVervalt() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", INSLUITING.plusDays(18).toString());
        ProcessInstance pi = totBeoordeelBekendheid(melding);
        Job overdrachtsmoment = timerVoor(pi, "Event_OverdrachtMoment");
        ClockUtil.setCurrentTime(overdrachtsmoment.getDuedate());
        execute(overdrachtsmoment);

        Job nadert = timerVoor(pi, "Event_OverdrachtNadert");
        assertThat(nadert.getDuedate()).as("the task's follow-up date").isEqualTo(datum("2026-03-17T00:00:00+01:00"));
        ClockUtil.setCurrentTime(nadert.getDuedate());
        execute(nadert);

        assertThat(logboek.voorCasus(detentieId))
                .filteredOn(b -> b.onderwerp().equals("Warme overdracht nadert voor detentie " + detentieId))
                .singleElement().satisfies(b -> {
                    assertThat(b.ontvanger()).isEqualTo("nazorg.terpeel@pi.example.nl");
                    assertThat(b.inhoud()).contains("uiterlijk 2026-03-19").contains("casemanager-ter-peel").doesNotContain(BSN);
                });
        proces(pi).hasPassed("EndEvent_OverdrachtGewaarschuwd").isWaitingAt("Task_WarmeOverdracht", "Task_BeoordeelBekendheid",
                "Task_Intakegesprek");
    }

    @Test
    void uitstroomBinnenHetOverdrachtsmomentStartDeOverdrachtMeteen() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", INSLUITING.plusDays(10).toString());
        ProcessInstance pi = start(melding);
        Job overdrachtsmoment = timerVoor(pi, "Event_OverdrachtMoment");
        assertThat(overdrachtsmoment.getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
        execute(overdrachtsmoment);
        proces(pi).isWaitingAt("Task_WarmeOverdracht");
        assertThat(task("Task_WarmeOverdracht", pi).getDueDate()).isEqualTo(datum("2026-03-11T23:59:59+01:00"));
    }

    @Test
    void openActiesEnTrajectgesprekkenLopenDoorNaHetOverdrachtsmoment() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", "2026-07-15");
        ProcessInstance pi = totUitvoering(melding);
        Job overdracht = timerVoor(pi, "Event_OverdrachtMoment");
        assertThat(overdracht.getDuedate()).isEqualTo(datum("2026-07-01T00:00:00+02:00"));
        ClockUtil.setCurrentTime(overdracht.getDuedate());
        execute(overdracht);

        proces(pi).isWaitingAt("Task_WarmeOverdracht", "Task_ActieUitvoeren");
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ActieUitvoeren").count()).isEqualTo(3);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_TrajectgesprekGepland").count()).isOne();
    }

    @Test
    void uitDetentieVoorHetOverdrachtsmomentStartDeOverdrachtMetVervaldatumDeWerkdagErna() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", "2026-07-15");
        ProcessInstance pi = totPlanvorming(melding);
        zetKlokOp(LocalDate.of(2026, 3, 27), 14);
        assertThat(meldUitDetentie("2026-03-27")).as("one receiver: the detention work's boundary").isEqualTo(1);
        proces(pi).hasPassed("Event_VroegeUitstroom", "Event_UitDetentie").isWaitingAt("Task_WarmeOverdracht");
        assertThat(task("Task_WarmeOverdracht", pi).getDueDate()).isEqualTo(datum("2026-03-30T23:59:59+02:00"));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_OverdrachtMoment").count()).isZero();
        sluitAfNaUitDetentie(pi, "2026-03-27");
    }

    @Test
    void voorlopigeHechtenisZonderDatumLaatDeCasemanagerDeUitstroomVolgen() {
        Map<String, Object> melding = melding();
        melding.put("voorlopigeHechtenis", true);
        ProcessInstance pi = start(melding);
        proces(pi).isWaitingAt("Task_UitstroomVolgen");
        assertThat(kandidaatGroepen("Task_UitstroomVolgen")).containsExactly("casemanager-ter-peel");
        assertThat(task("Task_UitstroomVolgen", pi).getDueDate()).isEqualTo(datum("2026-03-16T23:59:59+01:00"));

        voltooi("Task_UitstroomVolgen", Map.of("uitstroomNabij", false, "zittingsdatum", "2026-05-20"));
        assertThat(timerVoor(pi, "Event_OverdrachtMoment").getDuedate()).isEqualTo(datum("2026-05-06T00:00:00+02:00"));
        execute(timerVoor(pi, "Event_OverdrachtMoment"));
        assertThat(task("Task_WarmeOverdracht", pi).getDueDate()).isEqualTo(datum("2026-05-19T23:59:59+02:00"));
    }

    @Test
    void casemanagerMeldtUitstroomNabijEnDeOverdrachtStartMeteen() {
        Map<String, Object> melding = melding();
        melding.put("voorlopigeHechtenis", true);
        ProcessInstance pi = totBeoordeelBekendheid(melding);
        voltooi("Task_UitstroomVolgen", Map.of("uitstroomNabij", true));
        proces(pi).isWaitingAt("Task_WarmeOverdracht", "Task_BeoordeelBekendheid", "Task_Intakegesprek");
    }

    @Test
    void naEenOverdrachtZonderDatumControleertDeCasemanagerNaZevenDagen() {
        Map<String, Object> melding = melding();
        melding.put("voorlopigeHechtenis", true);
        ProcessInstance pi = start(melding);
        voltooi("Task_UitstroomVolgen", Map.of("uitstroomNabij", true));
        voltooi("Task_WarmeOverdracht", Map.of("eersteContactNaUitstroom", "Wijkteam Venlo",
                "overdragenAan", SpinValues.jsonValue("[\"gemeente\"]").create()));
        voerJobUit(pi, "Task_VerstuurOverdracht");
        proces(pi).isWaitingAt("Gateway_UitstroomOfControle");
        assertThat(timerVoor(pi, "Event_GeenUitstroommelding").getDuedate()).isEqualTo(datum("2026-03-09T23:59:59+01:00"));
    }

    @Test
    void uitDetentieTerwijlDeUitstroomGevolgdWordt() {
        Map<String, Object> melding = melding();
        melding.put("voorlopigeHechtenis", true);
        ProcessInstance pi = totBeeldvorming(melding, false);
        meldUitDetentie("2026-03-12");
        proces(pi).hasPassed("Event_UitDetentieTijdensVolgen");
        sluitAfNaUitDetentie(pi, "2026-03-12");
    }

    // ---- geen onnodig wachten ----

    @Test
    void intakeEnVerrijkenWachtenNietOpDeBeoordelingEnAfstemming() {
        ProcessInstance pi = totBeoordeelBekendheid(melding());
        proces(pi).isWaitingAt("Task_BeoordeelBekendheid", "Task_Intakegesprek", "Task_VerrijkInformatie");
        voltooiIntake(pi, "hulpvraagHuisvesting");
        voltooi("Task_Informatieblad", Map.of());
        voerJobUit(pi, "Task_DeelInformatieblad");
        assertThat(runtime.getVariable(pi.getId(), "informatiebladGedeeldOp")).isNotNull();
    }

    @Test
    void planWachtNietOpHetVerrijken() {
        ProcessInstance pi = totBeeldvorming(false);
        voltooiIntake(pi, "hulpvraagHuisvesting");
        voltooi("Task_Informatieblad", Map.of());
        voerJobUit(pi, "Task_DeelInformatieblad");
        voerSamenkomstUit(pi);
        proces(pi).isWaitingAt("Task_ConceptPlanOpstellen", "Task_VerrijkInformatie");
        voltooi("Task_VerrijkInformatie", Map.of());
        proces(pi).hasPassed("EndEvent_InformatieVerrijkt").isWaitingAt("Task_ConceptPlanOpstellen");
    }

    // ---- stap 5 en uit detentie ----

    @Test
    void uitDetentieInStap1() {
        ProcessInstance pi = totBeoordeelBekendheid(melding());
        meldUitDetentie("2026-03-10");
        sluitAfNaUitDetentie(pi, "2026-03-10");
    }

    @Test
    void uitDetentieInStap1VoordatDeMeldingGeregistreerdIs() {
        ProcessInstance pi = start(melding());
        meldUitDetentie("2026-03-03");
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_RegistreerMelding").count()).isZero();
        sluitAfNaUitDetentie(pi, "2026-03-03");
    }

    @Test
    void uitDetentieInStap2() {
        ProcessInstance pi = totBeeldvorming(false);
        meldUitDetentie("2026-03-12");
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Intakegesprek").count()).isZero();
        sluitAfNaUitDetentie(pi, "2026-03-12");
    }

    @Test
    void uitDetentieInStap3() {
        ProcessInstance pi = totPlanvorming();
        meldUitDetentie("2026-03-25");
        sluitAfNaUitDetentie(pi, "2026-03-25");
    }

    @Test
    void uitDetentieInStap4() {
        ProcessInstance pi = totUitvoering(melding());
        meldUitDetentie("2026-05-01");
        assertThat(taken.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ActieUitvoeren").count()).isZero();
        sluitAfNaUitDetentie(pi, "2026-05-01");
    }

    @Test
    void uitDetentieTweemaalVeranderdNiets() {
        ProcessInstance pi = totBeeldvorming(false);
        meldUitDetentie("2026-03-12");
        String warmeOverdracht = task("Task_WarmeOverdracht", pi).getId();
        assertThat(meldUitDetentie("2026-03-13")).isZero();
        assertThat(task("Task_WarmeOverdracht", pi).getId()).isEqualTo(warmeOverdracht);
        assertThat(runtime.getVariable(pi.getId(), "uitstroomdatum")).isEqualTo("2026-03-12");
    }

    @Test
    void uitDetentieInStap5RondtHetWachtenAf() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", "2026-07-15");
        ProcessInstance pi = totUitvoering(melding);
        Job overdracht = timerVoor(pi, "Event_OverdrachtMoment");
        ClockUtil.setCurrentTime(overdracht.getDuedate());
        execute(overdracht);
        voltooi("Task_WarmeOverdracht", Map.of("overdragenAan", SpinValues.jsonValue("[\"reclassering\"]").create()));
        voerJobUit(pi, "Task_VerstuurOverdracht");
        assertThat(logboek.voorCasus(detentieId)).extracting(BerichtenLogboek.VerzondenBericht::ontvanger)
                .contains("nazorg@reclassering.example.nl");
        proces(pi).isWaitingAt("Gateway_UitstroomOfControle");
        assertThat(timerVoor(pi, "Event_GeenUitstroommelding")).isNotNull();

        assertThat(meldUitDetentie("2026-07-15")).as("one receiver: the detention work's boundary").isEqualTo(1);
        voerJobUit(pi, "Task_CasusAfsluiten");
        proces(pi).isEnded().hasPassed("Event_UitDetentieOntvangen");
        assertThat(meldUitDetentie("2026-07-16")).isZero();
        assertThat(jdbc.queryForObject("select uitstroomdatum from casus where detentie_id = ?", LocalDate.class, detentieId))
                .isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void geenUitstroommeldingLeidtTotControleDoorCasemanager() {
        Map<String, Object> melding = melding();
        melding.put("verwachteUitstroomdatum", "2026-07-15");
        ProcessInstance pi = totUitvoering(melding);
        execute(timerVoor(pi, "Event_OverdrachtMoment"));
        voltooi("Task_WarmeOverdracht", Map.of());
        voerJobUit(pi, "Task_VerstuurOverdracht");

        Job controle = timerVoor(pi, "Event_GeenUitstroommelding");
        assertThat(controle.getDuedate()).isEqualTo(datum("2026-07-22T23:59:59+02:00"));
        ClockUtil.setCurrentTime(controle.getDuedate());
        execute(controle);
        assertThat(kandidaatGroepen("Task_UitstroomControleren")).containsExactly("casemanager-ter-peel");
        voltooi("Task_UitstroomControleren", Map.of("nogInDetentie", true, "verwachteUitstroomdatum", "2026-08-31"));
        assertThat(timerVoor(pi, "Event_GeenUitstroommelding").getDuedate()).isEqualTo(datum("2026-09-07T23:59:59+02:00"));

        execute(timerVoor(pi, "Event_GeenUitstroommelding"));
        voltooi("Task_UitstroomControleren", Map.of("nogInDetentie", false,
                "uitstroomdatum", "2026-08-30", "uitstroomgemeenteCode", "GM0983"));
        voerJobUit(pi, "Task_CasusAfsluiten");
        proces(pi).isEnded();
        assertThat(jdbc.queryForObject("select uitstroomgemeente_code from casus where detentie_id = ?", String.class, detentieId))
                .isEqualTo("GM0983");
    }

    // ---- overplaatsing ----

    @Test
    void overplaatsingVerhuistDeCasusEnOpenTakenNaarDeNieuwePi() {
        ProcessInstance pi = totBeoordeelBekendheid(melding());
        assertThat(runtime.getVariable(pi.getId(), "piNaam")).as("name for the forms' case header").isEqualTo("PI Ter Peel");
        voltooi("Task_BeoordeelBekendheid", Map.of("zvhClient", false));
        voerJobUit(pi, "Task_InformeerPi");
        taken.claim(task("Task_ContactLeggen", pi).getId(), "cm-terpeel");

        runtime.createMessageCorrelation("Overplaatsing").processInstanceBusinessKey(detentieId)
                .setVariable("piCode", "sittard").correlateAll();

        Task contact = task("Task_ContactLeggen", pi);
        assertThat(kandidaatGroepenVan(contact)).containsExactly("casemanager-sittard");
        assertThat(contact.getAssignee()).isNull();
        assertThat(jdbc.queryForObject("select pi_code from casus where detentie_id = ?", String.class, detentieId))
                .isEqualTo("sittard");
        proces(pi).hasPassed("Task_VerwerkOverplaatsing");
        assertThat(runtime.getVariable(pi.getId(), "piNaam")).isEqualTo("PI Sittard");
        voltooi("Task_ContactLeggen", Map.of());
        voltooi("Task_ProcesAfstemmen", Map.of());
        assertThat(kandidaatGroepen("Task_Intakegesprek")).containsExactly("casemanager-sittard");
    }

    // ---- termijnen ----

    @Test
    void intakeTermijnVerlopenWordtGeregistreerdEnHetWerkGaatDoor() {
        ProcessInstance pi = totBeeldvorming(false);
        Job termijn = termijntimers().timer(pi, Termijntimers.WAARSCHUWING, "intake");
        assertThat(termijn.getDuedate()).as("two working days before Monday 16 March").isEqualTo(datum("2026-03-12T00:00:00+01:00"));
        termijntimers().laatAfgaan(pi, Termijntimers.WAARSCHUWING, "intake");
        assertThat(termijntimers().timer(pi, Termijntimers.DEADLINE, "intake").getDuedate())
                .isEqualTo(datum("2026-03-16T23:59:59+01:00"));
        termijntimers().laatAfgaan(pi, Termijntimers.DEADLINE, "intake");
        assertThat(overschrijdingen.termijnenVan(detentieId)).containsExactly("intake");
        proces(pi).isWaitingAt("Task_Intakegesprek", "Task_VerrijkInformatie");
        assertThat(logboek.voorCasus(detentieId)).anySatisfy(b -> assertThat(b.onderwerp()).startsWith("Termijn intake verlopen"));
    }

    @Test
    void intakeOpTijdLaatGeenOverschrijdingAchter() {
        ProcessInstance pi = totBeeldvorming(false);
        voltooiIntake(pi, "hulpvraagZorg");
        assertThat(runtime.getVariable(pi.getId(), "intakeAfgerondOp")).isNotNull();
        termijntimers().laatAfgaan(pi, Termijntimers.WAARSCHUWING, "intake");
        assertThat(termijntimers().wachtOp(pi, Termijntimers.DEADLINE, "intake")).as("done: the watch of intake ended").isFalse();
        assertThat(overschrijdingen.termijnenVan(detentieId)).isEmpty();
    }

    @Test
    void informatiebladTermijnTiendeWerkdagVerlopen() {
        ProcessInstance pi = totBeeldvorming(false);
        voltooiIntake(pi, "hulpvraagZorg");
        assertThat(task("Task_Informatieblad", pi).getDueDate()).isEqualTo(datum("2026-03-16T23:59:59+01:00"));
        termijntimers().laatVerstrijken(pi, "informatieblad");
        assertThat(overschrijdingen.termijnenVan(detentieId)).containsExactly("informatieblad");
        proces(pi).isWaitingAt("Task_Informatieblad");
    }

    @Test
    void informatiebladOpTijdGedeeld() {
        ProcessInstance pi = totBeeldvorming(false);
        voltooiIntake(pi, "hulpvraagZorg");
        voltooi("Task_Informatieblad", Map.of());
        voerJobUit(pi, "Task_DeelInformatieblad");
        assertThat(runtime.getVariable(pi.getId(), "informatiebladGedeeldOp")).isNotNull();
        assertThat(logboek.voorCasus(detentieId)).anySatisfy(b -> {
            assertThat(b.kanaal()).isEqualTo(Bericht.Kanaal.INJUS);
            assertThat(b.inhoud()).contains("zorg").doesNotContain(BSN);
        });
        termijntimers().laatAfgaan(pi, Termijntimers.WAARSCHUWING, "informatieblad");
        assertThat(termijntimers().wachtOp(pi, Termijntimers.DEADLINE, "informatieblad")).isFalse();
        assertThat(overschrijdingen.termijnenVan(detentieId)).isEmpty();
    }

    @Test
    void planTermijnVerlopenTerwijlHetMdoNogMoetBeslissen() {
        ProcessInstance pi = totPlanvorming();
        voltooi("Task_ConceptPlanOpstellen", Map.of("actielijst", actielijst()));
        assertThat(task("Task_PlanVaststellen", pi).getDueDate()).isEqualTo(datum("2026-03-30T23:59:59+02:00"));
        termijntimers().laatVerstrijken(pi, "plan");
        assertThat(overschrijdingen.termijnenVan(detentieId)).containsExactly("plan");
        proces(pi).isWaitingAt("Task_PlanVaststellen");
        voltooi("Task_PlanVaststellen", Map.of("planVastgesteld", true));
        proces(pi).isWaitingAt("Task_DeelPlan");
    }

    @Test
    void planOpTijdVastgesteld() {
        ProcessInstance pi = totUitvoering(melding());
        assertThat(runtime.getVariable(pi.getId(), "planVastgesteldOp")).isNotNull();
        termijntimers().laatAfgaan(pi, Termijntimers.WAARSCHUWING, "plan");
        assertThat(termijntimers().wachtOp(pi, Termijntimers.DEADLINE, "plan")).isFalse();
        assertThat(overschrijdingen.termijnenVan(detentieId)).isEmpty();
    }

    @Test
    void deadlinesWordenBijDeStartBerekend() {
        ProcessInstance pi = start(melding());
        assertThat(runtime.getVariables(pi.getId())).containsEntry("intakeDeadline", "2026-03-16T23:59:59+01:00")
                .containsEntry("informatiebladDeadline", "2026-03-16T23:59:59+01:00")
                .containsEntry("planDeadline", "2026-03-30T23:59:59+02:00")
                .containsEntry("bekendheidDeadline", "2026-03-04T23:59:59+01:00")
                .containsEntry("contactDeadline", "2026-03-06T23:59:59+01:00")
                .containsEntry("afstemmenDeadline", "2026-03-09T23:59:59+01:00")
                .containsEntry("zelfmelder", false);
    }

    // ---- hulpmiddelen ----

    /** "Proces starten" in Tasklist: the start form of dr-plan-herzien, submitted as this user. */
    private void vraagHerzieningAls(String gebruiker, String groep, String casus, String reden) {
        String definitie = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("dr-plan-herzien")
                .latestVersion().singleResult().getId();
        identiteit.setAuthentication(gebruiker, List.of(groep));
        try {
            formulieren.submitStartForm(definitie, Map.of("detentieId", casus, "reden", reden));
        } finally {
            identiteit.clearAuthentication();
        }
    }

    private long herzieningsstarts() {
        return historie.createHistoricProcessInstanceQuery().processDefinitionKey("dr-plan-herzien").count();
    }

    private static final String BSN = "111222333";
    private static final String BSN_ZVH = "123456782";

    private Map<String, Object> melding() {
        Map<String, Object> melding = new HashMap<>();
        melding.put("detentieId", detentieId);
        melding.put("bsn", BSN);
        melding.put("achternaam", "Jansen");
        melding.put("voorletters", "P.");
        melding.put("geboortedatum", "1990-05-17");
        melding.put("geslacht", "M");
        melding.put("gemeenteCode", "GM0983");
        melding.put("gemeenteNaam", "Venlo");
        melding.put("piCode", "ter-peel");
        melding.put("insluitingsdatum", INSLUITING.toString());
        melding.put("voorlopigeHechtenis", false);
        return melding;
    }

    private ProcessInstance start(Map<String, Object> melding) {
        return runtime.createMessageCorrelation("EersteDagsmelding")
                .processInstanceBusinessKey(detentieId)
                .setVariables(melding)
                .correlateStartMessage();
    }

    private ProcessInstance totBeoordeelBekendheid(Map<String, Object> melding) {
        ProcessInstance pi = start(melding);
        voerJobUit(pi, "Task_RegistreerMelding");
        voerJobUit(pi, "Task_CheckBekendheid");
        proces(pi).isWaitingAt("Task_BeoordeelBekendheid");
        return pi;
    }

    private ProcessInstance totBeeldvorming(boolean zvhClient) {
        return totBeeldvorming(melding(), zvhClient);
    }

    private ProcessInstance totBeeldvorming(Map<String, Object> melding, boolean zvhClient) {
        ProcessInstance pi = totBeoordeelBekendheid(melding);
        voltooi("Task_BeoordeelBekendheid", Map.of("zvhClient", zvhClient));
        voerJobUit(pi, "Task_InformeerPi");
        voltooi("Task_ContactLeggen", Map.of());
        voltooi("Task_ProcesAfstemmen", Map.of("betrokkenPartijen", SpinValues.jsonValue("[\"zvh\"]").create()));
        proces(pi).isWaitingAt("Task_Intakegesprek", "Task_VerrijkInformatie");
        return pi;
    }

    private void voltooiIntake(ProcessInstance pi, String... hulpvragen) {
        Map<String, Object> antwoorden = new HashMap<>();
        for (String veld : List.of("hulpvraagIdBewijs", "hulpvraagHuisvesting", "hulpvraagWerkInkomen", "hulpvraagSchulden",
                "hulpvraagZorg", "hulpvraagSociaalNetwerk", "hulpvraagHerstel")) {
            antwoorden.put(veld, List.of(hulpvragen).contains(veld));
        }
        voltooi("Task_Intakegesprek", antwoorden);
    }

    private void rondBeeldvormingAf(ProcessInstance pi) {
        voltooi("Task_Informatieblad", Map.of());
        voerJobUit(pi, "Task_DeelInformatieblad");
        voltooi("Task_VerrijkInformatie", Map.of());
        voerSamenkomstUit(pi);
    }

    /** The informatieblad and the afstemming (1f) wait in front of the asynchronous join; its jobs run one after the other. */
    private void voerSamenkomstUit(ProcessInstance pi) {
        List<Job> samenkomst = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("Gateway_BeeldvormingKlaar").list();
        assertThat(samenkomst).as("a join job per branch").hasSize(2);
        samenkomst.forEach(BpmnAwareTests::execute);
    }

    private ProcessInstance totOpschalingAfstemmen() {
        ProcessInstance pi = totBeeldvorming(false);
        voltooiIntake(pi, "hulpvraagIdBewijs", "hulpvraagWerkInkomen", "hulpvraagZorg");
        rondBeeldvormingAf(pi);
        voltooi("Task_GesprekComplexeCasus", Map.of("opschalen", true));
        proces(pi).isWaitingAt("Task_OpschalingAfstemmen");
        return pi;
    }

    private static Map<String, Object> gesprek(String verslag) {
        Map<String, Object> gesprek = new HashMap<>();
        gesprek.put("verslagTrajectgesprek", verslag);
        gesprek.put("planHerzien", false);
        return gesprek;
    }

    private Task actieVan(String partij) {
        return taken.createTaskQuery().processInstanceBusinessKey(detentieId).taskDefinitionKey("Task_ActieUitvoeren")
                .list().stream().filter(t -> String.valueOf(taken.getVariable(t.getId(), "actie")).contains("\"" + partij + "\""))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trajectgesprekken(ProcessInstance pi) {
        return (List<Map<String, Object>>) json(runtime.getVariable(pi.getId(), "trajectgesprekken"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> actielijstVan(ProcessInstance pi) {
        return (List<Map<String, Object>>) json(runtime.getVariable(pi.getId(), "actielijst"));
    }

    private static Object json(Object waarde) {
        try {
            return new ObjectMapper().readValue(String.valueOf(waarde), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessInstance totPlanvorming() {
        return totPlanvorming(melding());
    }

    private ProcessInstance totPlanvorming(Map<String, Object> melding) {
        ProcessInstance pi = totBeeldvorming(melding, false);
        voltooiIntake(pi, "hulpvraagHuisvesting");
        rondBeeldvormingAf(pi);
        proces(pi).isWaitingAt("Task_ConceptPlanOpstellen");
        return pi;
    }

    private ProcessInstance totUitvoering(Map<String, Object> melding) {
        return totUitvoering(melding, false);
    }

    private ProcessInstance totUitvoering(Map<String, Object> melding, boolean zvhClient) {
        return totUitvoering(melding, zvhClient, actielijst());
    }

    private ProcessInstance totUitvoering(Map<String, Object> melding, boolean zvhClient, Object actielijst) {
        ProcessInstance pi = totBeeldvorming(melding, zvhClient);
        voltooiIntake(pi, "hulpvraagHuisvesting");
        rondBeeldvormingAf(pi);
        voltooi("Task_ConceptPlanOpstellen", Map.of("actielijst", actielijst, "doelen", DOELEN));
        voltooi("Task_PlanVaststellen", Map.of("planVastgesteld", true));
        voerJobUit(pi, "Task_DeelPlan");
        proces(pi).isWaitingAt("Task_ActieUitvoeren");
        return pi;
    }

    private static Object actielijst() {
        return SpinValues.jsonValue("""
                [{"omschrijving": "Woning zoeken via woningcorporatie", "leefgebied": "huisvesting", "partij": "gemeente", "streefdatum": "2026-04-30"},
                 {"omschrijving": "Reclasseringstoezicht voorbereiden", "leefgebied": "sociaal-netwerk", "partij": "reclassering", "streefdatum": "2026-05-15"},
                 {"omschrijving": "ID-kaart aanvragen", "leefgebied": "id-bewijs", "partij": "casemanager", "streefdatum": "2026-04-15"}]
                """).create();
    }

    private static final String DOELEN = "Huisvesting en een geldig ID-bewijs bij uitstroom.";

    private static Object actielijstMetRegievoerder() {
        return SpinValues.jsonValue("""
                [{"omschrijving": "Woning zoeken via woningcorporatie", "leefgebied": "huisvesting", "partij": "gemeente", "streefdatum": "2026-04-30"},
                 {"omschrijving": "Zorgaanbieder zoeken", "leefgebied": "zorg", "partij": "regievoerder", "streefdatum": "2026-05-15"}]
                """).create();
    }

    private long meldUitDetentie(String uitstroomdatum) {
        return runtime.createMessageCorrelation("UitDetentie").processInstanceBusinessKey(detentieId)
                .setVariable("uitstroomdatum", uitstroomdatum)
                .setVariable("uitstroomgemeenteCode", "GM0983")
                .correlateAllWithResult().size();
    }

    private void sluitAfNaUitDetentie(ProcessInstance pi, String uitstroomdatum) {
        proces(pi).hasPassed("Event_UitDetentie").isWaitingAt("Task_WarmeOverdracht");
        voltooi("Task_WarmeOverdracht", Map.of("eersteContactNaUitstroom", "Wijkteam Venlo",
                "overdragenAan", SpinValues.jsonValue("[\"gemeente\", \"zvh\"]").create()));
        voerJobUit(pi, "Task_VerstuurOverdracht");
        voerJobUit(pi, "Task_CasusAfsluiten");
        proces(pi).isEnded().hasNotPassed("Event_UitDetentieOntvangen");
        assertThat(jdbc.queryForObject("select uitstroomdatum from casus where detentie_id = ?", LocalDate.class, detentieId))
                .isEqualTo(LocalDate.parse(uitstroomdatum));
        assertThat(jdbc.queryForObject("select count(*) from gcos_registratie where detentie_id = ? and gesloten_op is not null",
                Integer.class, detentieId)).isLessThanOrEqualTo(1);
        assertThat(logboek.voorCasus(detentieId)).anySatisfy(b -> assertThat(b.onderwerp()).startsWith("Warme overdracht"));
    }

    private void voltooi(String taakKey, Map<String, Object> variabelen) {
        Task taak = taken.createTaskQuery().processInstanceBusinessKey(detentieId).taskDefinitionKey(taakKey).singleResult();
        assertThat(taak).as("open taak %s", taakKey).isNotNull();
        taken.complete(taak.getId(), variabelen);
    }

    private List<String> kandidaatGroepen(String taakKey) {
        Task taak = taken.createTaskQuery().processInstanceBusinessKey(detentieId).taskDefinitionKey(taakKey).singleResult();
        assertThat(taak).as("open taak %s", taakKey).isNotNull();
        return kandidaatGroepenVan(taak);
    }

    private List<String> kandidaatGroepenVan(Task taak) {
        return taken.getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private Job jobVoor(ProcessInstance pi, String activiteit) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activiteit).singleResult();
        assertThat(job).as("job voor %s", activiteit).isNotNull();
        return job;
    }

    private void voerJobUit(ProcessInstance pi, String activiteit) {
        execute(jobVoor(pi, activiteit));
    }

    private Termijntimers termijntimers() {
        return new Termijntimers(runtime, management);
    }

    private Job timerVoor(ProcessInstance pi, String activiteit) {
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activiteit).singleResult();
        assertThat(timer).as("timer %s", activiteit).isNotNull();
        return timer;
    }

    private static ProcessInstanceAssert proces(ProcessInstance pi) {
        return BpmnAwareTests.assertThat(pi);
    }

    private static Date datum(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

    private static void zetKlokOp(LocalDate dag, int uur) {
        ClockUtil.setCurrentTime(Date.from(dag.atTime(uur, 0).atZone(AMSTERDAM).toInstant()));
    }
}
