package nl.nazorg.e2e;

import static nl.nazorg.e2e.TasklistPagina.assertVoltooienAan;
import static nl.nazorg.e2e.TasklistPagina.controleer;
import static nl.nazorg.e2e.TasklistPagina.kies;
import static nl.nazorg.e2e.TasklistPagina.kiesKeuzerondje;
import static nl.nazorg.e2e.TasklistPagina.typ;
import static nl.nazorg.e2e.TasklistPagina.typDatum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.demo.Proefpersonen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The forms that the whole-case test does not reach, each filled in Chromium by the role that owns it (issue 19):
 * the case is brought to the task through the engine (the point here is the form), then the person logs in, finds
 * the task in "Taken van mijn groepen" by the person's name, claims it, fills every field through the form's own
 * widgets and completes it with "Voltooien"; every page passes TasklistPagina.controleer. The zelfmelder's start form
 * is started from "Proces starten" by the gemeente, the only group allowed to. Screenshots: overige-formulieren/.
 */
class OverigeFormulierenBrowserTest extends PostgresSpringTest {

    private static final String PI = "ter-peel";
    private static final String VENLO = "GM0983";

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired HistoryService historie;
    @Autowired TestCasussen casussen;

    private Browser browser;
    private String naam;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(poort);
    }

    @AfterEach
    void sluitBrowser() {
        browser.close();
    }

    /** The coördinator nazorg chose to scale up to the ZVH; the procesregisseur agrees the handover of the regie. */
    @Test
    void procesregisseurStemtOpschalingAf() throws Exception {
        String pid = totOpschaling("Opschaal");

        String taak = open("regie-noord", "Opschaling naar ZVH afstemmen");
        browser.wachtOpTekst("Ernstige verslaving");
        kiesKeuzerondje(browser, "Neemt de procesregisseur ZVH de regie over?", "Ja");
        typ(browser, "Veld_afsprakenOpschaling", "Procesregisseur neemt de regie over; casemanager blijft contact in de PI.");
        voltooi(taak, "opschaling-afstemmen");

        laatSysteemWerken(pid);
        assertThat(runtime.getVariable(pid, "afsprakenOpschaling")).asString().startsWith("Procesregisseur neemt");
        assertThat(runtime.getVariable(pid, "zvhClient")).isEqualTo(true);
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ConceptPlanOpstellen").count())
                .as("planvorming begonnen").isEqualTo(1);
    }

    /** The procesregisseur refuses the opschaling with a reason; the case stays with the coördinator nazorg. */
    @Test
    void procesregisseurWeigertOpschalingMetReden() throws Exception {
        String pid = totOpschaling("Weiger");

        String taak = open("regie-noord", "Opschaling naar ZVH afstemmen");
        kiesKeuzerondje(browser, "Neemt de procesregisseur ZVH de regie over?", "Nee");
        browser.wacht(d -> d.findElements(By.cssSelector("textarea[id$='Veld_afsprakenOpschaling']")).isEmpty());
        typ(browser, "Veld_redenWeigeringOpschaling", "Geen ZVH-problematiek; het wijkteam volstaat.");
        voltooi(taak, "opschaling-geweigerd");

        laatSysteemWerken(pid);
        assertThat(runtime.getVariable(pid, "zvhClient")).isEqualTo(false);
        assertThat(runtime.getVariable(pid, "redenWeigeringOpschaling")).isEqualTo("Geen ZVH-problematiek; het wijkteam volstaat.");
        assertThat(runtime.getVariable(pid, "afsprakenOpschaling")).isNull();
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ConceptPlanOpstellen").count())
                .as("planvorming begonnen").isEqualTo(1);
    }

    /** A meervoudige case of a non-ZVH client up to "Opschaling naar ZVH afstemmen". */
    private String totOpschaling(String basis) {
        String pid = nazorgcasus(basis).getId();
        taken.complete(taak(pid, "Task_ContactLeggen"));
        taken.complete(taak(pid, "Task_ProcesAfstemmen"));
        taken.complete(taak(pid, "Task_Intakegesprek"), Map.of(
                "hulpvraagIdBewijs", true, "notitieIdBewijs", "ID-kaart verlopen.",
                "hulpvraagHuisvesting", true, "notitieHuisvesting", "Geen woning.",
                "hulpvraagWerkInkomen", true, "notitieWerkInkomen", "Geen inkomen.",
                "hulpvraagSchulden", true, "notitieSchulden", "Schulden bij de zorgverzekeraar."));
        taken.complete(taak(pid, "Task_Informatieblad"));
        laatSysteemWerken(pid);
        taken.complete(taak(pid, "Task_VerrijkInformatie"));
        laatSysteemWerken(pid);
        taken.complete(taak(pid, "Task_GesprekComplexeCasus"),
                Map.of("verslagGesprek", "Ernstige verslaving; het ZVH moet de regie nemen.", "opschalen", true));
        return pid;
    }

    /**
     * Six weeks into the execution of the plan the casemanager holds the trajectgesprek and asks to revise the plan;
     * the next talk is planned. The casemanager then adds an action to the plan; it starts beside the open one.
     */
    @Test
    void casemanagerVoertTrajectgesprekEnHerzietHetPlan() throws Exception {
        String pid = inUitvoering("Traject");
        voerTimerUit(pid, "Event_TrajectgesprekGepland");

        String taak = open("cm-terpeel", "Trajectgesprek voeren");
        browser.wachtOpTekst("Woning zoeken via woningcorporatie");
        assertThat(browser.toontTekst("Afschalen")).as("afschalen alleen bij een ZVH-cliënt").isFalse();
        typ(browser, "Veld_verslagTrajectgesprek", "Woning gevonden; werk nog niet. Volgende keer de reclassering erbij.");
        kiesKeuzerondje(browser, "Moet het D&R-plan worden herzien?", "Ja");
        // The verslag is a local input parameter (each gesprek starts empty) and the history level keeps no such
        // variable, so what Tasklist sent on "Voltooien" is read in the page itself.
        browser.driver().executeScript("window.verzonden = [];"
                + "const send = XMLHttpRequest.prototype.send;"
                + "XMLHttpRequest.prototype.send = function (body) { window.verzonden.push(String(body)); "
                + "return send.apply(this, arguments); };");
        voltooi(taak, "trajectgesprek");

        assertThat((String) browser.driver().executeScript("return window.verzonden.join('\\n')"))
                .containsPattern("\"verslagTrajectgesprek\":\\{[^}]*\"value\":\"Woning gevonden; werk nog niet\\.");
        assertThat(management.createJobQuery().processInstanceId(pid).activityId("Event_TrajectgesprekGepland").count())
                .as("volgend trajectgesprek gepland").isEqualTo(1);
        assertThat(runtime.getVariable(pid, "trajectgesprekken")).asString().contains("Woning gevonden; werk nog niet.");

        browser.meldAf();
        taak = open("cm-terpeel", "D&R-plan herzien");
        browser.wachtOpTekst("Woning gevonden; werk nog niet.");
        browser.klik(By.cssSelector("button.fjs-repeat-render-add"));
        browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() == 1);
        browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(0).sendKeys("Werktraject zoeken");
        kies(browser, "Leefgebied", 0, "Werk en inkomen");
        kies(browser, "Uitvoerder", 0, "Reclassering");
        typDatum(browser, "Veld_streefdatum", 0, vandaag().plusDays(30).toString());
        voltooi(taak, "plan-herzien");

        laatSysteemWerken(pid);
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_NieuweActieUitvoeren")
                .taskCandidateGroup("reclassering").count()).as("nieuwe actie voor de reclassering").isEqualTo(1);
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ActieUitvoeren").count())
                .as("de lopende actie blijft open").isEqualTo(1);
        assertThat(runtime.getVariable(pid, "actielijst")).asString().contains("Werktraject zoeken");
    }

    /**
     * Between two trajectgesprekken the casemanager asks for a revision of the plan through "Proces starten", by the
     * case's detentie-id and with a reason; the case then has the task "D&R-plan herzien", which shows the reason, and
     * the new action starts beside the open one.
     */
    @Test
    void casemanagerHerzietHetPlanTussentijdsViaProcesStarten() throws Exception {
        String pid = inUitvoering("Tussentijds");
        String detentieId = (String) runtime.getVariable(pid, "detentieId");
        By starten = By.cssSelector("button[ng-click='startProcessInstance()']");
        browser.logIn("tasklist", "cm-terpeel");
        browser.klik(By.xpath("//a[contains(normalize-space(.),'Proces starten')]"));
        browser.klik(By.xpath("//a[normalize-space(.)='D&R-plan tussentijds herzien']"));
        browser.wacht(d -> d.findElement(By.cssSelector("input[id$='Veld_detentieId']")));
        controleer(browser, schermafdruk("cm-terpeel", "plan-tussentijds-herzien-geopend"));
        typ(browser, "Veld_detentieId", detentieId);
        typ(browser, "Veld_reden", "Nieuwe schuldeiser gemeld; het plan mist een actie voor schulden.");
        controleer(browser, schermafdruk("cm-terpeel", "plan-tussentijds-herzien-ingevuld"));
        browser.klik(starten);
        browser.wacht(d -> taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_PlanHerzien").count() == 1);
        browser.wacht(d -> d.findElements(starten).isEmpty());
        controleer(browser, schermafdruk("cm-terpeel", "plan-tussentijds-herzien-gestart"));

        browser.meldAf();
        String taak = open("cm-terpeel", "D&R-plan herzien");
        browser.wachtOpTekst("Nieuwe schuldeiser gemeld; het plan mist een actie voor schulden.");
        browser.klik(By.cssSelector("button.fjs-repeat-render-add"));
        browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() == 1);
        browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(0).sendKeys("Schuldhulp aanvragen");
        kies(browser, "Leefgebied", 0, "Schulden");
        kies(browser, "Uitvoerder", 0, "Gemeente");
        typDatum(browser, "Veld_streefdatum", 0, vandaag().plusDays(21).toString());
        voltooi(taak, "plan-tussentijds-herzien");

        laatSysteemWerken(pid);
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_NieuweActieUitvoeren")
                .taskCandidateGroup("gemeente-" + VENLO).count()).as("nieuwe actie voor de gemeente").isEqualTo(1);
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ActieUitvoeren").count())
                .as("de lopende actie blijft open").isEqualTo(1);
        assertThat(runtime.getVariable(pid, "planversie")).isEqualTo(2);
        assertThat(runtime.getVariable(pid, "actielijst")).asString().contains("Schuldhulp aanvragen");
    }

    /** The procesregisseur holds the trajectgesprek of a ZVH client and scales the case down with a reason. */
    @Test
    void procesregisseurSchaaltAfBijTrajectgesprek() throws Exception {
        String pid = inUitvoering("Afschaal");
        runtime.setVariable(pid, "zvhClient", true);
        voerTimerUit(pid, "Event_TrajectgesprekGepland");

        String taak = open("regie-noord", "Trajectgesprek voeren");
        typ(browser, "Veld_verslagTrajectgesprek", "Stabiel; woning en inkomen geregeld.");
        kiesKeuzerondje(browser, "Moet het D&R-plan worden herzien?", "Nee");
        kiesKeuzerondje(browser, "Afschalen: is de regie van het ZVH niet meer nodig?", "Ja");
        typ(browser, "Veld_redenAfschaling", "Geen meervoudige problematiek meer.");
        voltooi(taak, "trajectgesprek-afschalen");

        laatSysteemWerken(pid);
        assertThat(runtime.getVariable(pid, "zvhClient")).isEqualTo(false);
        assertThat(runtime.getVariable(pid, "trajectgesprekken")).asString().contains("Geen meervoudige problematiek meer.");
    }

    /** A case of Ter Peel in Venlo in step 4 with one action for the gemeente, under a name of its own and with goals. */
    private String inUitvoering(String basis) {
        naam = TasklistPagina.uniekeNaam(basis);
        String pid = casussen.totUitvoering(TestCasussen.nieuwDetentieId(), PI, VENLO).getId();
        runtime.setVariable(pid, "achternaam", naam);
        runtime.setVariable(pid, "doelen", "Een woning bij uitstroom.");
        return pid;
    }

    /**
     * Seven days after the expected release no uit-detentiemelding came: the casemanager enters the release, to a
     * gemeente outside Limburg (the form's list comes from the gemeente table when the form loads).
     */
    @Test
    void casemanagerControleertUitstroom() throws Exception {
        String pid = nazorgcasus("Uitstroom").getId();
        // The handover is done and the case waits for the uit-detentiemelding, which does not come.
        runtime.setVariable(pid, "verwachteUitstroomdatum", vandaag().minusDays(8).toString());
        runtime.createProcessInstanceModification(pid)
                .startBeforeActivity("Gateway_WachtOpUitstroom")
                .cancelAllForActivity("SubProcess_Detentie")
                .execute();
        voerTimerUit(pid, "Event_GeenUitstroommelding");

        String taak = open("cm-terpeel", "Uitstroom controleren");
        kiesKeuzerondje(browser, "Is de persoon nog in detentie?", "Nee");
        LocalDate uitstroom = vandaag().minusDays(3);
        typDatum(browser, "Veld_uitstroomdatum", uitstroom.toString());
        kies(browser, "Uitstroomgemeente", 0, "Amsterdam (GM0363)");
        voltooi(taak, "uitstroom-controleren");

        assertThat(runtime.getVariable(pid, "nogInDetentie")).isEqualTo(false);
        assertThat(runtime.getVariable(pid, "uitstroomdatum")).isEqualTo(uitstroom.toString());
        assertThat(runtime.getVariable(pid, "uitstroomgemeenteCode")).isEqualTo("GM0363");
        assertThat(management.createJobQuery().processInstanceId(pid).activityId("Task_CasusAfsluiten").count())
                .as("casus wordt afgesloten").isEqualTo(1);
    }

    /**
     * No expected release date (voorlopige hechtenis): the casemanager follows the release and enters the court date;
     * the warme overdracht is then planned 14 days before it.
     */
    @Test
    void casemanagerVolgtDeUitstroomEnGeeftDeZittingsdatumDoor() throws Exception {
        String pid = nazorgcasus("Volgen").getId();
        LocalDate zitting = vandaag().plusDays(30);

        String taak = open("cm-terpeel", "Uitstroom volgen");
        kiesKeuzerondje(browser, "Is de uitstroom nabij?", "Nee, de datum van de zitting of de uitstroom is bekend");
        typDatum(browser, "Veld_zittingsdatum", zitting.toString());
        voltooi(taak, "uitstroom-volgen");

        assertThat(runtime.getVariable(pid, "zittingsdatum")).isEqualTo(zitting.toString());
        Job overdrachtsmoment = management.createJobQuery().processInstanceId(pid).activityId("Event_OverdrachtMoment").singleResult();
        assertThat(overdrachtsmoment.getDuedate().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate())
                .isEqualTo(zitting.minusDays(14));
    }

    /** A day after the oproepdatum the zelfmelder has not reported to the PI: the gemeente records its follow-up. */
    @Test
    void gemeenteVolgtNietGemeldeZelfmelderOp() throws Exception {
        String pid = zelfmelder("Nietgemeld");
        voerTimerUit(pid, "Event_NietGemeld");

        String taak = open("gemeente-venlo", "Niet gemeld: opvolgen");
        kies(browser, "Ondernomen stap", 0, "Doorgegeven aan het OM");
        typ(browser, "Veld_opvolging", "Zelfmelder niet bereikbaar; het OM is ingelicht.");
        voltooi(taak, "niet-gemeld");

        assertThat(runtime.getVariable(pid, "opvolgingActie")).isEqualTo("doorgegeven-aan-om");
        assertThat(runtime.getVariable(pid, "opvolging")).asString().startsWith("Zelfmelder niet bereikbaar");
    }

    /**
     * The zelfmelder did not answer the letter within seven days: the gemeente reaches out; the first attempt fails
     * and gives a new attempt with its own due date, the second reaches the person, then the talk follows.
     */
    @Test
    void gemeenteBenadertZelfmelder() throws Exception {
        String pid = zelfmelder("Benader");
        taken.complete(taak(pid, "Task_ScreeningTriage"),
                Map.of("hulpvraagHuisvesting", true, "notitieHuisvesting", "Huurachterstand."));
        laatSysteemWerken(pid);
        voerTimerUit(pid, "Event_Reactietijd");

        String eerste = open("gemeente-venlo", "Zelfmelder actief benaderen");
        browser.wachtOpTekst("Poging 1.");
        kiesKeuzerondje(browser, "Zelfmelder bereikt?", "Nee");
        typ(browser, "Veld_notitieBenaderen", "Twee keer gebeld, geen gehoor; voicemail ingesproken.");
        voltooi(eerste, "zelfmelder-benaderen-niet-bereikt");
        assertThat(runtime.getVariable(pid, "benaderpogingen")).isEqualTo(1);
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ZelfmelderBenaderen").singleResult()
                .getDueDate()).as("nieuwe poging met een vervaldatum").isNotNull();

        browser.close();
        browser = Browser.start(poort);
        String taak = open("gemeente-venlo", "Zelfmelder actief benaderen");
        browser.wachtOpTekst("Poging 2.");
        kiesKeuzerondje(browser, "Zelfmelder bereikt?", "Ja");
        typ(browser, "Veld_notitieBenaderen", "Telefonisch bereikt; gesprek op het gemeentehuis volgende week.");
        voltooi(taak, "zelfmelder-benaderen");

        assertThat(runtime.getVariable(pid, "bereikt")).isEqualTo(true);
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_GesprekZelfmelder").count())
                .as("gesprek met zelfmelder volgt").isEqualTo(1);
    }

    /** The zelfmelder phones the gemeente about the letter: the gemeente records the reaction and the talk follows. */
    @Test
    void gemeenteLegtReactieVanZelfmelderVast() throws Exception {
        String pid = zelfmelder("Reactie");
        taken.complete(taak(pid, "Task_ScreeningTriage"), Map.of());
        laatSysteemWerken(pid);

        String taak = open("gemeente-venlo", "Reactie zelfmelder vastleggen");
        kies(browser, "Hoe heeft de zelfmelder gereageerd?", 0, "Telefonisch");
        typ(browser, "Veld_notitieReactie", "Belde na de brief; gesprek dinsdag op het gemeentehuis.");
        voltooi(taak, "zelfmelder-reactie");

        assertThat(runtime.getVariable(pid, "reactieWijze")).isEqualTo("telefonisch");
        assertThat(runtime.getVariable(pid, "notitieReactie")).asString().startsWith("Belde na de brief");
        assertThat(runtime.getVariable(pid, "reactieOntvangenOp")).isNotNull();
        assertThat(management.createJobQuery().processInstanceId(pid).activityId("Event_Reactietijd").count())
                .as("niet langer wachten op de reactie").isZero();
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_GesprekZelfmelder").count())
                .as("gesprek met zelfmelder volgt").isEqualTo(1);
    }

    /**
     * A zelfmelder who came in another way: the gemeente enters them through "Proces starten". The form refuses a bsn
     * that fails the elfproef on the field; a second melding with the same zelfmelder-id is refused in Dutch.
     */
    @Test
    void gemeenteVoertZelfmelderMetDeHandIn() throws Exception {
        String zelfmelderId = "ZM-HAND-" + UUID.randomUUID().toString().substring(0, 8);
        naam = TasklistPagina.uniekeNaam("Handzelf");
        String bsn = Proefpersonen.bsn(ThreadLocalRandom.current());
        LocalDate oproep = vandaag().plusDays(60);
        By starten = By.cssSelector("button[ng-click='startProcessInstance()']");
        browser.logIn("tasklist", "gemeente-venlo");
        vulZelfmeldermelding(zelfmelderId, bsn.substring(0, 8) + (bsn.charAt(8) - '0' + 1) % 10, oproep);
        browser.wachtOpTekst("Dit is geen geldig burgerservicenummer (9 cijfers, elfproef).");
        browser.wacht(d -> !d.findElement(starten).isEnabled());
        controleer(browser, schermafdruk("gemeente-venlo", "zelfmelder-melding-ongeldig-bsn"));
        browser.driver().findElement(By.cssSelector("input[id$='Veld_bsn']")).sendKeys(Keys.BACK_SPACE, bsn.substring(8));
        browser.wacht(d -> !browser.toontTekst("geen geldig burgerservicenummer"));
        controleer(browser, schermafdruk("gemeente-venlo", "zelfmelder-melding-ingevuld"));
        browser.klik(starten);

        String pid = browser.wacht(d -> {
            ProcessInstance gestart = runtime.createProcessInstanceQuery().processDefinitionKey("zelfmelder")
                    .variableValueEquals("zelfmelderId", zelfmelderId).singleResult();
            return gestart == null ? null : gestart.getId();
        });
        browser.wacht(d -> d.findElements(starten).isEmpty());
        controleer(browser, schermafdruk("gemeente-venlo", "zelfmelder-melding-gestart"));
        assertThat(runtime.getVariables(pid)).containsEntry("achternaam", naam).containsEntry("bsn", bsn)
                .containsEntry("gemeenteCode", VENLO).containsEntry("gemeenteNaam", "Venlo").containsEntry("geslacht", "V")
                .containsEntry("geboortedatum", "1985-09-23").containsEntry("oproepdatum", oproep.toString());
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ScreeningTriage")
                .taskCandidateGroup("gemeente-" + VENLO).count()).as("screening voor de gemeente").isEqualTo(1);

        vulZelfmeldermelding(zelfmelderId, bsn, oproep);
        browser.klik(starten);
        By melding = By.cssSelector(".notifications .message");
        String tekst = browser.wacht(d -> d.findElement(melding).getText().contains("Er bestaat al een zelfmeldercasus")
                ? d.findElement(melding).getText() : null);
        // Not TasklistPagina.controleer: the console holds the 500 with which Camunda's submit-form answers every
        // refusal by the engine other than a form field's (ProcessDefinitionResourceImpl), the nazorg start form too.
        browser.schermafdruk(schermafdruk("gemeente-venlo", "zelfmelder-melding-tweede-keer"));
        assertThat(tekst).contains(zelfmelderId).doesNotContain("Cannot", "instantiate", "zelfmelder:");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("zelfmelder")
                .variableValueEquals("zelfmelderId", zelfmelderId).count()).isEqualTo(1);
    }

    /**
     * A zelfmelder of a gemeente outside Limburg: the start form offers every gemeente of the table. The demo users are
     * Limburg's; a gemeente may enter a zelfmelder of any gemeente, and the case goes to the group of that gemeente.
     */
    @Test
    void zelfmelderVanEenGemeenteBuitenLimburg() throws Exception {
        String zelfmelderId = "ZM-AMS-" + UUID.randomUUID().toString().substring(0, 8);
        naam = TasklistPagina.uniekeNaam("Amsterdammer");
        browser.logIn("tasklist", "gemeente-venlo");
        vulZelfmeldermelding(zelfmelderId, Proefpersonen.bsn(ThreadLocalRandom.current()), vandaag().plusDays(60),
                "Amsterdam (GM0363)");
        controleer(browser, schermafdruk("gemeente-venlo", "zelfmelder-melding-amsterdam"));
        browser.klik(By.cssSelector("button[ng-click='startProcessInstance()']"));
        String pid = browser.wacht(d -> {
            ProcessInstance gestart = runtime.createProcessInstanceQuery().processDefinitionKey("zelfmelder")
                    .variableValueEquals("zelfmelderId", zelfmelderId).singleResult();
            return gestart == null ? null : gestart.getId();
        });
        assertThat(runtime.getVariables(pid)).containsEntry("gemeenteCode", "GM0363").containsEntry("gemeenteNaam", "Amsterdam");
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ScreeningTriage")
                .taskCandidateGroup("gemeente-GM0363").count()).as("screening voor Amsterdam").isEqualTo(1);
    }

    private void vulZelfmeldermelding(String zelfmelderId, String bsn, LocalDate oproep) throws Exception {
        vulZelfmeldermelding(zelfmelderId, bsn, oproep, "Venlo (GM0983)");
    }

    private void vulZelfmeldermelding(String zelfmelderId, String bsn, LocalDate oproep, String gemeente) throws Exception {
        browser.klik(By.xpath("//a[contains(normalize-space(.),'Proces starten')]"));
        browser.klik(By.xpath("//a[normalize-space(.)='Voorzorg zelfmelder']"));
        browser.wacht(d -> d.findElement(By.cssSelector("input[id$='Veld_zelfmelderId']")));
        controleer(browser, schermafdruk("gemeente-venlo", "zelfmelder-melding-geopend"));
        typ(browser, "Veld_zelfmelderId", zelfmelderId);
        typ(browser, "Veld_bsn", bsn);
        typ(browser, "Veld_achternaam", naam);
        typ(browser, "Veld_voorletters", "H.");
        typDatum(browser, "Veld_geboortedatum", "1985-09-23");
        kies(browser, "Geslacht", 0, "Vrouw");
        kies(browser, "Gemeente van inschrijving", 0, gemeente);
        typDatum(browser, "Veld_oproepdatum", oproep.toString());
    }

    /** A nazorg case of a non-ZVH client of Ter Peel in Venlo up to "Contact leggen", under a name of its own. */
    private ProcessInstance nazorgcasus(String basis) {
        naam = TasklistPagina.uniekeNaam(basis);
        ProcessInstance pi = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), PI, VENLO);
        runtime.setVariable(pi.getId(), "achternaam", naam);
        return pi;
    }

    /** A zelfmelder of Venlo as the koppeling reports one; returns the case. */
    private String zelfmelder(String basis) {
        naam = TasklistPagina.uniekeNaam(basis);
        String zelfmelderId = "ZM-" + naam;
        assertThat(new ApiKlant(poort, "koppeling").post("/api/v1/zelfmelders", """
                {"zelfmelderId": "%s", "bsn": "%s", "achternaam": "%s", "voorletters": "Z.",
                 "geboortedatum": "1983-04-12", "geslacht": "M", "gemeenteCode": "%s", "oproepdatum": "%s"}"""
                .formatted(zelfmelderId, Proefpersonen.bsn(ThreadLocalRandom.current()), naam, VENLO, vandaag().plusDays(60))).statusCode()).isEqualTo(201);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(zelfmelderId).singleResult().getId();
    }

    /**
     * Logs in as the person of the role, finds the task in "Taken van mijn groepen" by the person's name, checks the
     * list and the task page, and claims it. Returns the task's id.
     */
    private String open(String gebruiker, String taaknaam) throws Exception {
        browser.logIn("tasklist", gebruiker);
        browser.wachtOpTekst("Taken van mijn groepen").click();
        String taak = browser.openTaak(naam, taaknaam);
        controleer(browser, schermafdruk(gebruiker, taaknaam + "-geopend"));
        browser.claim();
        return taak;
    }

    /** Checks the filled form, completes it with "Voltooien" and waits until the engine has the task done. */
    private void voltooi(String taak, String wat) throws Exception {
        controleer(browser, schermafdruk("", wat + "-ingevuld"));
        assertVoltooienAan(browser, "bij " + wat);
        browser.klik(By.cssSelector("button[ng-click='complete()']"));
        By melding = By.cssSelector(".notifications .message");
        browser.wacht(d -> taken.createTaskQuery().taskId(taak).count() == 0 || !d.findElements(melding).isEmpty());
        if (taken.createTaskQuery().taskId(taak).count() > 0) {
            browser.schermafdruk(schermafdruk("", wat + "-geweigerd"));
            browser.wacht(d -> taken.createTaskQuery().taskId(taak).count() == 0 ? true
                    : fail("%s niet voltooid: %s", wat, d.findElements(melding).stream().map(m -> m.getText()).toList()));
        }
        assertThat(historie.createHistoricTaskInstanceQuery().taskId(taak).singleResult().getDeleteReason())
                .as("taak voltooid: " + wat).isEqualTo("completed");
        browser.wacht(d -> d.findElements(By.cssSelector("button[ng-click='complete()']")).isEmpty());
        controleer(browser, schermafdruk("", wat + "-voltooid"));
    }

    private String taak(String pid, String taakKey) {
        return taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taakKey).singleResult().getId();
    }

    /** Fires a timer that is not yet due, as time passing would. */
    private void voerTimerUit(String pid, String activiteit) {
        management.executeJob(management.createJobQuery().processInstanceId(pid).activityId(activiteit).singleResult().getId());
        laatSysteemWerken(pid);
    }

    /** What the job executor, off in tests, does at once: the async steps and the timers already due. */
    private void laatSysteemWerken(String pid) {
        for (int ronde = 0; ronde < 20; ronde++) {
            var klaar = management.createJobQuery().processInstanceId(pid).executable().list();
            if (klaar.isEmpty()) {
                return;
            }
            klaar.stream().map(Job::getId).forEach(management::executeJob);
        }
        throw new IllegalStateException("Het systeem blijft werk maken voor " + pid);
    }

    private String schermafdruk(String gebruiker, String wat) {
        return "overige-formulieren/" + (gebruiker.isEmpty() ? "" : gebruiker + "-") + wat.replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase();
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

}
