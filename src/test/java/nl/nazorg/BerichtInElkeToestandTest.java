package nl.nazorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.Procesberichten;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "No accepted message is lost" (issue 21): every message the API accepts, sent over real HTTP as the koppeling, in
 * every state a case can be in (each user task and wait state, and closed), each on a fresh case brought there by
 * engine steps. Each answer is 200, 201, 202 or 409, never 5xx, and what was accepted is visible in the case
 * afterwards (a variable, the next task, or kept and applied when the process gets there); what was refused changed
 * nothing. To add a state: one line in {@link #NAZORG} or {@link #ZELFMELDER}; a message: one line in the message list
 * with what it must do in each state.
 */
class BerichtInElkeToestandTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PI = "ter-peel";
    private static final String VENLO = "GM0983";

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired HistoryService historie;
    @Autowired Procesberichten procesberichten;
    @Autowired CasusRepository casussen;
    @Autowired JdbcTemplate jdbc;

    private ApiKlant koppeling;

    @BeforeEach
    void klant() {
        koppeling = new ApiKlant(poort, "koppeling");
    }

    // ---------------------------------------------------------------------------------------------------- nazorg

    /** A state of a nazorg case: where the process is, and whether it still runs. */
    record Nazorgtoestand(String naam, boolean lopend, boolean kortVoorUitstroom) {
    }

    /** A fresh nazorg case and the test's handle on it. */
    record Nazorg(String detentieId, String pid) {
    }

    /**
     * The states, each reached from a new case by doing the work that comes before it (the driver completes every
     * other open task with plain answers and runs the jobs that are due) until the predicate holds.
     */
    private static final List<Nazorgtoestand> NAZORG = List.of(
            new Nazorgtoestand("melding in de wachtrij", true, false),
            taak("Task_BeoordeelBekendheid"),
            taak("Task_UitstroomVolgen"),
            taak("Task_ContactLeggen"),
            taak("Task_ProcesAfstemmen"),
            taak("Task_Intakegesprek"),
            taak("Task_ConceptPlanOpstellen"),
            taak("Task_PlanVaststellen"),
            taak("Task_ActieUitvoeren"),
            new Nazorgtoestand("Task_WarmeOverdracht", true, true),
            new Nazorgtoestand("wacht op uit-detentiemelding", true, true),
            new Nazorgtoestand("afgesloten", false, true));

    /** A state in which that user task is open. */
    private static Nazorgtoestand taak(String taakKey) {
        return new Nazorgtoestand(taakKey, true, false);
    }

    @TestFactory
    Stream<DynamicTest> nazorgberichtenInElkeToestand() {
        List<Map.Entry<String, BiConsumer<Nazorgtoestand, Nazorg>>> berichten = List.of(
                Map.entry("eerstedagsmelding nogmaals", this::eerstedagsmeldingNogmaals),
                Map.entry("uit-detentiemelding", this::uitstroom),
                Map.entry("overplaatsing", this::overplaatsing));
        return NAZORG.stream().flatMap(toestand -> berichten.stream().map(bericht ->
                DynamicTest.dynamicTest(bericht.getKey() + " in " + toestand.naam(),
                        () -> bericht.getValue().accept(toestand, naarToestand(toestand)))));
    }

    private void eerstedagsmeldingNogmaals(Nazorgtoestand toestand, Nazorg casus) {
        List<String> takenVoor = openTaken(casus.pid());
        HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties", detentieJson(casus.detentieId(), "111222333"));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(casus.detentieId()).count())
                .as("geen tweede casus").isEqualTo(1);
        assertThat(openTaken(casus.pid())).as("niets veranderd").isEqualTo(takenVoor);
    }

    private void uitstroom(Nazorgtoestand toestand, Nazorg casus) {
        LocalDate datum = Termijnen.vandaag();
        HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties/" + casus.detentieId() + "/uitstroom",
                "{\"uitstroomdatum\": \"%s\", \"uitstroomgemeenteCode\": \"%s\"}".formatted(datum, VENLO));
        if (!toestand.lopend()) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(409);
            assertThat(antwoord.body()).contains("afgesloten");
            return;
        }
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        laatSysteemWerken(casus.pid());
        assertThat(jdbc.queryForObject("select uitstroomdatum from rapportage_casus where detentie_id = ?", LocalDate.class,
                casus.detentieId())).as("uitstroom vastgelegd of bewaard").isEqualTo(datum);
        if (lopend(casus.pid())) {
            assertThat(runtime.getVariable(casus.pid(), "uitstroomdatum")).isEqualTo(datum.toString());
        }
        assertThat(lopend(casus.pid()) ? runtime.createExecutionQuery().processInstanceId(casus.pid())
                .activityId("SubProcess_Detentie").count() : 0).as("stap 1-4 voorbij").isZero();
    }

    private void overplaatsing(Nazorgtoestand toestand, Nazorg casus) {
        HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties/" + casus.detentieId() + "/overplaatsing",
                "{\"piCode\": \"sittard\"}");
        if (!toestand.lopend()) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(409);
            return;
        }
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        laatSysteemWerken(casus.pid());
        JsonNode overzicht = lees("/api/v1/detenties/" + casus.detentieId());
        assertThat(overzicht.path("piCode").asText()).isEqualTo("sittard");
        assertThat(overzicht.path("openTaken").findValuesAsText("groepen")).noneMatch(g -> g.contains("ter-peel"));
        assertThat(overzicht.toString()).doesNotContain("casemanager-ter-peel", "mdo-ter-peel");
    }

    private Nazorg naarToestand(Nazorgtoestand toestand) {
        String detentieId = "DET-BERICHT-" + UUID.randomUUID();
        Map<String, Object> melding = TestCasussen.melding(detentieId, PI, VENLO);
        LocalDate insluiting = Termijnen.vandaag().minusDays(3);
        melding.put("insluitingsdatum", insluiting.toString());
        if (toestand.kortVoorUitstroom()) {
            melding.put("verwachteUitstroomdatum", Termijnen.vandaag().plusDays(10).toString());
        }
        String pid = runtime.createMessageCorrelation("EersteDagsmelding").processInstanceBusinessKey(detentieId)
                .setVariables(melding).correlateStartMessage().getId();
        Nazorg casus = new Nazorg(detentieId, pid);
        switch (toestand.naam()) {
            case "melding in de wachtrij" -> { }
            case "wacht op uit-detentiemelding" -> werkTot(casus, c -> wachtOpUitstroommelding(c.pid()));
            case "afgesloten" -> {
                werkTot(casus, c -> wachtOpUitstroommelding(c.pid()));
                procesberichten.uitDetentie(casussen.zoek(detentieId).orElseThrow(), Termijnen.vandaag(), VENLO);
                laatSysteemWerken(pid);
                assertThat(lopend(pid)).as("casus afgesloten").isFalse();
            }
            default -> werkTot(casus, c -> taken.createTaskQuery().processInstanceId(c.pid())
                    .taskDefinitionKey(toestand.naam()).count() > 0);
        }
        return casus;
    }

    /** After the handover: step 5 follows the uitstroomdatum the notice sets (a conditional event). */
    private boolean wachtOpUitstroommelding(String pid) {
        return runtime.createEventSubscriptionQuery().processInstanceId(pid).activityId("Event_UitDetentieOntvangen").count() > 0;
    }

    /** Does the work before the state: runs the due jobs, completes the other open tasks with plain answers. */
    private void werkTot(Nazorg casus, Predicate<Nazorg> bereikt) {
        for (int stap = 0; stap < 60; stap++) {
            if (bereikt.test(casus)) {
                return;
            }
            if (voerUitgesteldWerkUit(casus.pid())) {
                continue;
            }
            List<Task> open = taken.createTaskQuery().processInstanceId(casus.pid()).orderByTaskCreateTime().asc().list();
            assertThat(open).as("werk om de toestand te bereiken").isNotEmpty();
            Task taak = open.get(0);
            taken.complete(taak.getId(), antwoorden(taak.getTaskDefinitionKey()));
        }
        throw new AssertionError("Toestand niet bereikt voor " + casus.detentieId());
    }

    private static Map<String, Object> antwoorden(String taakKey) {
        return switch (taakKey) {
            case "Task_BeoordeelBekendheid" -> Map.of("zvhClient", false);
            case "Task_Intakegesprek" -> Map.of("hulpvraagHuisvesting", true, "notitieHuisvesting", "Geen woning");
            case "Task_GesprekComplexeCasus" -> Map.of("opschalen", false);
            case "Task_ConceptPlanOpstellen" -> Map.of("actielijst", SpinValues.jsonValue(
                    "[{\"omschrijving\": \"Woning zoeken\", \"leefgebied\": \"huisvesting\", \"partij\": \"casemanager\", "
                            + "\"streefdatum\": \"" + Termijnen.vandaag().plusDays(30) + "\"}]").create());
            case "Task_PlanVaststellen" -> Map.of("planVastgesteld", true);
            case "Task_ActieUitvoeren" -> Map.of("uitgevoerd", true, "toelichting", "Gedaan");
            case "Task_UitstroomVolgen" -> Map.of("uitstroomNabij", true);
            case "Task_WarmeOverdracht" -> Map.of("overdragenAan", SpinValues.jsonValue("[\"gemeente\"]").create(),
                    "openActies", "Geen", "eersteContactNaUitstroom", "Eerste week");
            default -> Map.of();
        };
    }

    private String detentieJson(String detentieId, String bsn) {
        return """
                {"detentieId": "%s", "bsn": "%s", "achternaam": "Bericht", "voorletters": "B.",
                 "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "%s", "piCode": "%s",
                 "insluitingsdatum": "%s", "voorlopigeHechtenis": false}"""
                .formatted(detentieId, bsn, VENLO, PI, Termijnen.vandaag().minusDays(1));
    }

    // ---------------------------------------------------------------------------------------------------- zelfmelder

    /** Where a zelfmelder case is, how it got there from a new case, and what a reaction or uitstelbesluit does there. */
    record Zelfmeldertoestand(String naam, boolean lopend, Reactie reactie, boolean uitstelOpen, String... stappen) {
    }

    /** What a reaction of the zelfmelder does in a state. */
    enum Reactie {
        /** Kept; once the letter has gone, the gesprek follows without waiting for the reaction. */
        BEWAARD_TOT_NA_DE_BRIEF,
        /** The gemeente's waiting or reaching out ends: the gesprek is next. */
        GESPREK_VOLGT,
        /** Contact was made already: the reaction is recorded with the case, nothing else changes. */
        ALLEEN_VASTGELEGD,
        /** The case has ended: refused. */
        GEWEIGERD
    }

    private static final List<Zelfmeldertoestand> ZELFMELDER = List.of(
            new Zelfmeldertoestand("screening", true, Reactie.BEWAARD_TOT_NA_DE_BRIEF, false),
            new Zelfmeldertoestand("brief in de wachtrij", true, Reactie.BEWAARD_TOT_NA_DE_BRIEF, false,
                    "Task_ScreeningTriage"),
            new Zelfmeldertoestand("reactie afwachten", true, Reactie.GESPREK_VOLGT, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief"),
            new Zelfmeldertoestand("zelfmelder benaderen", true, Reactie.GESPREK_VOLGT, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Event_Reactietijd"),
            new Zelfmeldertoestand("zelfmelder benaderen, tweede poging", true, Reactie.GESPREK_VOLGT, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Event_Reactietijd", "Task_ZelfmelderBenaderen"),
            new Zelfmeldertoestand("gesprek", true, Reactie.ALLEEN_VASTGELEGD, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Task_ReactieVastleggen"),
            new Zelfmeldertoestand("plan van aanpak", true, Reactie.ALLEEN_VASTGELEGD, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Task_ReactieVastleggen", "Task_GesprekZelfmelder"),
            new Zelfmeldertoestand("uitstel in de wachtrij", true, Reactie.ALLEEN_VASTGELEGD, true,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Task_ReactieVastleggen", "Task_GesprekZelfmelder",
                    "Task_PlanVanAanpak"),
            new Zelfmeldertoestand("wacht op uitstelbesluit", true, Reactie.ALLEEN_VASTGELEGD, true,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Task_ReactieVastleggen", "Task_GesprekZelfmelder",
                    "Task_PlanVanAanpak", "Task_UitstelAanvragen"),
            new Zelfmeldertoestand("plan klaar, wacht op de melding", true, Reactie.ALLEEN_VASTGELEGD, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Task_ReactieVastleggen", "Task_GesprekZelfmelder",
                    "Task_PlanVanAanpak", "Task_UitstelAanvragen", "UitstelGeweigerd"),
            new Zelfmeldertoestand("niet gemeld", true, Reactie.ALLEEN_VASTGELEGD, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Task_ReactieVastleggen", "Task_GesprekZelfmelder",
                    "Task_PlanVanAanpak", "Task_UitstelAanvragen", "UitstelGeweigerd", "Event_Oproepdatum", "Event_NietGemeld"),
            new Zelfmeldertoestand("afgesloten", false, Reactie.GEWEIGERD, false,
                    "Task_ScreeningTriage", "Task_VerstuurBrief", "Task_ReactieVastleggen", "Task_GesprekZelfmelder",
                    "Task_PlanVanAanpak", "Task_UitstelAanvragen", "UitstelGeweigerd", "Event_Oproepdatum", "Event_NietGemeld",
                    "Task_NietGemeld"));

    /** A fresh zelfmelder case. */
    record Zelfmelder(String zelfmelderId, String bsn, LocalDate oproepdatum, String pid) {
    }

    @TestFactory
    Stream<DynamicTest> zelfmelderberichtenInElkeToestand() {
        List<Map.Entry<String, BiConsumer<Zelfmeldertoestand, Zelfmelder>>> berichten = List.of(
                Map.entry("zelfmeldermelding nogmaals", this::zelfmeldermeldingNogmaals),
                Map.entry("reactie", this::reactie),
                Map.entry("uitstelbesluit", this::uitstelbesluit),
                Map.entry("eerstedagsmelding voor het bsn", this::eerstedagsmeldingVoorZelfmelder));
        return ZELFMELDER.stream().flatMap(toestand -> berichten.stream().map(bericht ->
                DynamicTest.dynamicTest(bericht.getKey() + " in " + toestand.naam(),
                        () -> bericht.getValue().accept(toestand, naarToestand(toestand)))));
    }

    private void zelfmeldermeldingNogmaals(Zelfmeldertoestand toestand, Zelfmelder zm) {
        List<String> takenVoor = openTaken(zm.pid());
        HttpResponse<String> antwoord = koppeling.post("/api/v1/zelfmelders", zelfmelderJson(zm));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.body()).contains(toestand.lopend() ? "lopend" : "afgesloten");
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(zm.zelfmelderId()).count())
                .as("geen tweede casus").isEqualTo(1);
        assertThat(openTaken(zm.pid())).as("niets veranderd").isEqualTo(takenVoor);
    }

    private void reactie(Zelfmeldertoestand toestand, Zelfmelder zm) {
        List<String> takenVoor = openTaken(zm.pid());
        HttpResponse<String> antwoord = koppeling.post("/api/v1/zelfmelders/" + zm.zelfmelderId() + "/reactie", "{}");
        if (toestand.reactie() == Reactie.GEWEIGERD) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(409);
            assertThat(antwoord.body()).contains("afgesloten");
            return;
        }
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        assertThat(runtime.getVariable(zm.pid(), "reactieOntvangenOp")).as("reactie bewaard").isNotNull();
        switch (toestand.reactie()) {
            case BEWAARD_TOT_NA_DE_BRIEF -> {
                if (taken.createTaskQuery().processInstanceId(zm.pid()).taskDefinitionKey("Task_ScreeningTriage").count() > 0) {
                    taken.complete(taak(zm.pid(), "Task_ScreeningTriage"));
                }
                voerJobUit(zm.pid(), "Task_VerstuurBrief");
                assertThat(openTaken(zm.pid())).as("gesprek zonder te wachten").contains("Task_GesprekZelfmelder")
                        .doesNotContain("Task_ReactieVastleggen");
            }
            case GESPREK_VOLGT -> assertThat(openTaken(zm.pid())).contains("Task_GesprekZelfmelder")
                    .doesNotContain("Task_ReactieVastleggen", "Task_ZelfmelderBenaderen");
            default -> assertThat(openTaken(zm.pid())).isEqualTo(takenVoor);
        }
    }

    private void uitstelbesluit(Zelfmeldertoestand toestand, Zelfmelder zm) {
        LocalDate nieuw = zm.oproepdatum().plusDays(42);
        String besluit = "{\"toegekend\": true, \"nieuweOproepdatum\": \"" + nieuw + "\"}";
        HttpResponse<String> antwoord = koppeling.post("/api/v1/zelfmelders/" + zm.zelfmelderId() + "/uitstelbesluit", besluit);
        if (!toestand.uitstelOpen()) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(409);
            assertThat(antwoord.body()).containsAnyOf("geen uitstel aangevraagd", "al besloten", "afgesloten");
            if (toestand.lopend()) {
                assertThat(runtime.getVariable(zm.pid(), "oproepdatum")).as("niets veranderd").isEqualTo(zm.oproepdatum().toString());
            }
            return;
        }
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        assertThat(runtime.getVariable(zm.pid(), "oproepdatum")).isEqualTo(nieuw.toString());
        assertThat(runtime.getVariable(zm.pid(), "uitstelToegekend")).isEqualTo(true);
        laatSysteemWerken(zm.pid());
        assertThat(historie.createHistoricActivityInstanceQuery().processInstanceId(zm.pid())
                .activityId("EndEvent_PlanGereed").count()).as("besluit toegepast, plan klaar").isEqualTo(1);
        assertThat(koppeling.post("/api/v1/zelfmelders/" + zm.zelfmelderId() + "/uitstelbesluit", besluit).statusCode())
                .as("hetzelfde besluit nogmaals").isEqualTo(200);
    }

    private void eerstedagsmeldingVoorZelfmelder(Zelfmeldertoestand toestand, Zelfmelder zm) {
        String detentieId = "DET-ZM-" + UUID.randomUUID();
        HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties", detentieJson(detentieId, zm.bsn()));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        String nazorg = runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).singleResult().getId();
        if (!toestand.lopend()) {
            assertThat(runtime.getVariable(nazorg, "zelfmelder")).as("geen open voorzorg om te koppelen").isNotEqualTo(true);
            return;
        }
        assertThat(lopend(zm.pid())).as("voorzorg beëindigd").isFalse();
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(zm.pid()).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_ZelfmelderGemeld");
        assertThat(runtime.getVariable(nazorg, "zelfmelder")).isEqualTo(true);
        assertThat(runtime.getVariable(nazorg, "zelfmelderId")).isEqualTo(zm.zelfmelderId());
    }

    private Zelfmelder naarToestand(Zelfmeldertoestand toestand) {
        String zelfmelderId = "ZM-BERICHT-" + UUID.randomUUID();
        String bsn = Proefpersonen.bsn(new java.security.SecureRandom());
        LocalDate oproepdatum = Termijnen.vandaag().plusDays(60);
        Map<String, Object> melding = new HashMap<>();
        melding.put("zelfmelderId", zelfmelderId);
        melding.put("bsn", bsn);
        melding.put("achternaam", "Bericht");
        melding.put("voorletters", "Z.");
        melding.put("geboortedatum", "1985-02-11");
        melding.put("geslacht", "V");
        melding.put("gemeenteCode", VENLO);
        melding.put("oproepdatum", oproepdatum.toString());
        String pid = runtime.createMessageCorrelation("ZelfmelderMelding").processInstanceBusinessKey(zelfmelderId)
                .setVariables(melding).correlateStartMessage().getId();
        for (String stap : toestand.stappen()) {
            switch (stap) {
                case "Task_ScreeningTriage" -> taken.complete(taak(pid, stap));
                case "Task_ReactieVastleggen" -> taken.complete(taak(pid, stap), Map.of("reactieWijze", "telefonisch"));
                case "Task_ZelfmelderBenaderen" -> taken.complete(taak(pid, stap), Map.of("bereikt", false));
                case "Task_GesprekZelfmelder" -> taken.complete(taak(pid, stap),
                        Map.of("verslagGesprek", "Gesproken", "uitstelNodig", true, "redenUitstel", "Schulden eerst"));
                case "Task_PlanVanAanpak" -> taken.complete(taak(pid, stap), Map.of("planVanAanpak", "Plan"));
                case "Task_NietGemeld" -> taken.complete(taak(pid, stap),
                        Map.of("opvolgingActie", "doorgegeven-aan-om", "opvolging", "OM ingelicht"));
                case "UitstelGeweigerd" -> runtime.createMessageCorrelation("UitstelBesluit").processInstanceId(pid)
                        .setVariable("toegekend", false).correlate();
                default -> voerJobUit(pid, stap);
            }
        }
        assertThat(lopend(pid)).isEqualTo(toestand.lopend());
        return new Zelfmelder(zelfmelderId, bsn, oproepdatum, pid);
    }

    private static String zelfmelderJson(Zelfmelder zm) {
        return """
                {"zelfmelderId": "%s", "bsn": "%s", "achternaam": "Bericht", "voorletters": "Z.",
                 "geboortedatum": "1985-02-11", "geslacht": "V", "gemeenteCode": "%s", "oproepdatum": "%s"}"""
                .formatted(zm.zelfmelderId(), zm.bsn(), VENLO, zm.oproepdatum());
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private List<String> openTaken(String pid) {
        return taken.createTaskQuery().processInstanceId(pid).orderByTaskCreateTime().asc().list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    private String taak(String pid, String taakKey) {
        Task taak = taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taakKey).singleResult();
        assertThat(taak).as("open taak %s", taakKey).isNotNull();
        return taak.getId();
    }

    /** Runs the job of that activity (an async step, or a timer as if its time had come). */
    private void voerJobUit(String pid, String activiteit) {
        Job job = management.createJobQuery().processInstanceId(pid).activityId(activiteit).singleResult();
        assertThat(job).as("job %s", activiteit).isNotNull();
        management.executeJob(job.getId());
    }

    /** What the job executor, off in tests, does: the async steps and the timers that are due. */
    private boolean voerUitgesteldWerkUit(String pid) {
        List<Job> klaar = management.createJobQuery().processInstanceId(pid).executable().list();
        klaar.forEach(job -> management.executeJob(job.getId()));
        return !klaar.isEmpty();
    }

    private void laatSysteemWerken(String pid) {
        for (int ronde = 0; ronde < 20 && voerUitgesteldWerkUit(pid); ronde++) {
            // until nothing is due
        }
    }

    private boolean lopend(String pid) {
        return runtime.createProcessInstanceQuery().processInstanceId(pid).count() > 0;
    }

    private JsonNode lees(String pad) {
        HttpResponse<String> antwoord = koppeling.get(pad);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        try {
            return JSON.readTree(antwoord.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
