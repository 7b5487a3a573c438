package nl.nazorg.e2e;

import static nl.nazorg.e2e.TasklistPagina.assertVoltooienAan;
import static nl.nazorg.e2e.TasklistPagina.controleer;
import static nl.nazorg.e2e.TasklistPagina.isAangevinkt;
import static nl.nazorg.e2e.TasklistPagina.kies;
import static nl.nazorg.e2e.TasklistPagina.kiesKeuzerondje;
import static nl.nazorg.e2e.TasklistPagina.typ;
import static nl.nazorg.e2e.TasklistPagina.typDatum;
import static nl.nazorg.e2e.TasklistPagina.vink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.partner.BerichtenLogboek;
import nl.nazorg.zvh.IngebouwdZvhRegister;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whole cases as the people of the chain work them, only in Chromium through Tasklist (issue 19): each step logs in
 * as the person of the role ({@link #aanmeldwijze()}: here Camunda's login form with the demo users; at the OpenID
 * provider in {@link HeleCasusOidcBrowserTest}), finds the task through the filter "Taken van mijn groepen" and a
 * search on the person's name, claims it, fills every field through the form's own widgets and completes it with
 * "Voltooien".
 * Only the partner systems' own messages (eerstedagsmelding, uit-detentiemelding, the zelfmelder's melding, reactie
 * and uitstelbesluit) go over real HTTP as the system account koppeling. Every page passes TasklistPagina.controleer;
 * the screenshots are in target/screenshots/ under the class's name: hele-casus/, hele-casus-oidc/.
 */
class HeleCasusBrowserTest extends PostgresSpringTest {

    private static final String VERLOPEN = "De vervaldatum van deze taak";
    private static final String BETROKKEN = "Betrokken partners";
    private static final String AAN_WIE = "Aan wie";

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired HistoryService historie;
    @Autowired BerichtenLogboek logboek;
    @Autowired IngebouwdZvhRegister zvhRegister;

    private Browser browser;
    private Aanmeldwijze aanmelding;
    private String ingelogd;
    private String casus;
    private int stap;

    /** Only this run's screenshots in the folder that CI keeps. */
    @BeforeAll
    static void leegSchermafdrukken(TestInfo klasse) throws IOException {
        Path map = Browser.SCHERMAFDRUKKEN.resolve(schermafdrukmap(klasse.getTestClass().orElseThrow()));
        if (Files.isDirectory(map)) {
            try (Stream<Path> bestanden = Files.list(map)) {
                for (Path bestand : bestanden.toList()) {
                    Files.delete(bestand);
                }
            }
        }
    }

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(poort);
        aanmelding = aanmeldwijze();
    }

    /** How people log in and out and the koppeling reaches /api/v1; a subclass runs the same cases another way. */
    Aanmeldwijze aanmeldwijze() {
        return new AanmeldenBijCamunda(poort);
    }

    @AfterEach
    void sluitBrowser() {
        browser.close();
    }

    /**
     * A ZVH client (bsn 123456782, known in the demo register) entered five weeks after the detention began: every
     * deadline has passed, and each form says so. The person leaves during beeldvorming, the usual short detention.
     */
    @Test
    void zvhClientDieLaatIsIngevoerdVanMeldingTotAfsluiting() throws Exception {
        casus = "zvh";
        // GCOS as in the demo register (demo/zvh-register.csv); the test profile starts with an empty register.
        zvhRegister.legPersoonVast("123456782", "M. Maas", "midden-limburg");
        String naam = TasklistPagina.uniekeNaam("Zeeland");
        String detentieId = "DET-ZVH-" + naam;
        LocalDate vandaag = vandaag();
        String pid = meld(detentieId, "123456782", naam, vandaag.minusDays(35), vandaag.plusDays(90));

        assertThat(runtime.getVariable(pid, "bekendBijZvh")).isEqualTo(true);

        String taak = open("zvh-noord", naam, "Bekendheid beoordelen");
        assertThat(browser.wachtOpTekst(VERLOPEN).getText()).as("waarschuwing voor een verlopen termijn")
                .contains("is al verstreken");
        kiesKeuzerondje(browser, "Is dit een ZVH-cliënt?", "Ja");
        typ(browser, "Veld_adviesAanPi", "Bekend bij het ZVH; procesregisseur M. Maas heeft de regie.");
        voltooi(taak, pid, "bekendheid");
        assertThat(runtime.getVariable(pid, "zvhClient")).isEqualTo(true);

        taak = open("cm-terpeel", naam, "Contact leggen met regievoerder");
        browser.wachtOpTekst(VERLOPEN);
        browser.vinkAan(By.cssSelector("input[id$='Veld_contactGelegd']"));
        typ(browser, "Veld_notitieContact", "Procesregisseur gebeld; intake samen deze week.");
        voltooi(taak, pid, "contact-leggen");

        taak = open("regie-noord", naam, "Proces afstemmen");
        typ(browser, "Veld_afspraken", "Casemanager doet de intake, de procesregisseur regelt de woning.");
        vink(browser, BETROKKEN, "Gemeente", true);
        vink(browser, BETROKKEN, "Zorg- en Veiligheidshuis (ZVH)", true);
        vink(browser, BETROKKEN, "Levensloopcasemanager (ketenveldnorm levensloopfunctie)", true);
        voltooi(taak, pid, "proces-afstemmen");
        assertThat(runtime.getVariable(pid, "betrokkenPartijen").toString())
                .isEqualTo("[\"gemeente\",\"zvh\",\"levensloopcasemanager\"]");

        taak = open("cm-terpeel", naam, "Intakegesprek voeren (screening)");
        browser.vinkAan(By.cssSelector("input[id$='Veld_hulpvraagHuisvesting']"));
        typ(browser, "Veld_notitieHuisvesting", "Geen woning na uitstroom; staat ingeschreven bij Woonwenz.");
        voltooi(taak, pid, "intakegesprek");
        assertThat(runtime.getVariable(pid, "aantalLeefgebieden")).isEqualTo(1);

        // Injus: the person leaves during beeldvorming; the open work ends and the handover follows.
        meldUitstroom(detentieId, vandaag);
        taak = open("cm-terpeel", naam, "Warme overdracht voorbereiden");
        assertThat(isAangevinkt(browser, AAN_WIE, "Levensloopcasemanager (ketenveldnorm levensloopfunctie)"))
                .as("vooraf aangevinkt: wie bij proces afstemmen betrokken is").isTrue();
        assertThat(isAangevinkt(browser, AAN_WIE, "Reclassering")).isFalse();
        vulWarmeOverdracht(Map.of("Gemeente", false), "Woning zoeken",
                "Eerste gesprek bij het wijkteam op de dag na vrijlating");
        voltooi(taak, pid, "warme-overdracht");
        assertThat(overdrachtOntvangers(detentieId)).as("precies wie bij Aan wie staat")
                .containsExactlyInAnyOrder("nazorg@zvh-noord.example.nl", "levensloop@zvh-noord.example.nl");

        assertAfgesloten(pid);
    }

    /**
     * A non-ZVH client with help questions on four leefgebieden (meervoudig): the coördinator nazorg holds the
     * conversation, the MDO sends the concept plan back once, the plan's actions go to the gemeente, the reclassering
     * and the regievoerder, each party completes its own action, then uitstroom, warme overdracht and closure.
     */
    @Test
    void meervoudigeCasusMetTeruggestuurdPlanVanMeldingTotAfsluiting() throws Exception {
        casus = "meervoudig";
        String naam = TasklistPagina.uniekeNaam("Meerdink");
        String detentieId = "DET-MV-" + naam;
        LocalDate vandaag = vandaag();
        String bsn = Proefpersonen.bsn(ThreadLocalRandom.current());
        String pid = meld(detentieId, bsn, naam, vandaag, vandaag.plusDays(120));

        String taak = open("zvh-noord", naam, "Bekendheid beoordelen");
        assertThat(browser.toontTekst(VERLOPEN)).as("waarschuwing bij een termijn die nog loopt").isFalse();
        kiesKeuzerondje(browser, "Is dit een ZVH-cliënt?", "Nee");
        typ(browser, "Veld_adviesAanPi", "Niet bekend bij het ZVH; coördinator nazorg Noord-Limburg.");
        voltooi(taak, pid, "bekendheid");

        taak = open("cm-terpeel", naam, "Contact leggen met regievoerder");
        browser.vinkAan(By.cssSelector("input[id$='Veld_contactGelegd']"));
        typ(browser, "Veld_notitieContact", "Coördinator nazorg gebeld.");
        voltooi(taak, pid, "contact-leggen");

        taak = open("coord-noord", naam, "Proces afstemmen");
        typ(browser, "Veld_afspraken", "Casemanager doet de intake; de reclassering sluit aan bij het MDO.");
        vink(browser, BETROKKEN, "Gemeente", true);
        vink(browser, BETROKKEN, "Reclassering", true);
        voltooi(taak, pid, "proces-afstemmen");

        taak = open("cm-terpeel", naam, "Informatie verrijken bij ketenpartners");
        typ(browser, "Veld_verrijking", "Wijkteam: bekend met schulden; UWV: geen uitkering.");
        voltooi(taak, pid, "informatie-verrijken");

        taak = open("cm-terpeel", naam, "Intakegesprek voeren (screening)");
        vinkHulpvraag("IdBewijs", "ID-kaart verlopen.");
        vinkHulpvraag("Huisvesting", "Geen woning na uitstroom.");
        vinkHulpvraag("WerkInkomen", "Geen werk, geen uitkering.");
        vinkHulpvraag("Schulden", "Schulden bij de zorgverzekeraar.");
        vinkHulpvraag("Zorg", "Wordt weer uitgevinkt.");
        browser.driver().findElement(By.cssSelector("input[id$='Veld_hulpvraagZorg']")).click();
        browser.wacht(d -> d.findElements(By.cssSelector("textarea[id$='Veld_notitieZorg']")).isEmpty());
        voltooi(taak, pid, "intakegesprek");

        taak = open("cm-terpeel", naam, "Informatieblad opstellen");
        typ(browser, "Veld_informatieblad", "Vier leefgebieden met een hulpvraag: ID, huisvesting, werk en schulden.");
        voltooi(taak, pid, "informatieblad");
        assertThat(runtime.getVariable(pid, "complexiteit")).isEqualTo("meervoudig");

        taak = open("coord-noord", naam, "Gesprek complexe casus");
        typ(browser, "Veld_verslagGesprek", "Gesprek gevoerd; motivatie goed, geen opschaling nodig.");
        kiesKeuzerondje(browser, "Opschalen naar het ZVH?", "Nee");
        voltooi(taak, pid, "gesprek-complexe-casus");

        taak = open("cm-terpeel", naam, "Concept D&R-plan opstellen en bespreken");
        typ(browser, "Veld_doelen", "Huisvesting en werk bij uitstroom.");
        vulActie(0, "Woning zoeken via woningcorporatie", "Huisvesting", "Gemeente", vandaag.plusDays(30));
        voegRijToe(1);
        vulActie(1, "Werktraject bij de reclassering", "Werk en inkomen", "Reclassering", vandaag.plusDays(40));
        voegRijToe(2);
        browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(2).sendKeys("Vergissing");
        browser.klik(By.xpath("(//button[contains(@class,'fjs-repeat-row-remove')])[3]"));
        browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() == 2);
        assertVoltooienAan(browser, "na typen, toevoegen en verwijderen in de actielijst");
        voltooi(taak, pid, "concept-plan");

        taak = open("mdo-terpeel", naam, "D&R-plan vaststellen (MDO)");
        browser.wachtOpTekst("Werktraject bij de reclassering");
        kiesKeuzerondje(browser, "Stelt het MDO het D&R-plan vast?", "Nee");
        typ(browser, "Veld_opmerkingenMdo", "Het ID-bewijs ontbreekt: eerst een ID-kaart, anders geen woning.");
        voltooi(taak, pid, "mdo-teruggestuurd");

        taak = open("cm-terpeel", naam, "Concept D&R-plan opstellen en bespreken");
        browser.wachtOpTekst("Het ID-bewijs ontbreekt");
        typ(browser, "Veld_doelen", " Eerst een geldig ID-bewijs.");
        voegRijToe(2);
        vulActie(2, "ID-kaart aanvragen", "ID-bewijs", "Regievoerder (coördinator nazorg of procesregisseur)",
                vandaag.plusDays(14));
        // Issue 19 saw "Voltooien" stay grey after "Opslaan" and reloading the page.
        browser.klik(By.cssSelector("button[ng-click='save($event)']"));
        browser.driver().navigate().refresh();
        browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() == 3);
        assertThat(browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(2)
                .getDomProperty("value")).isEqualTo("ID-kaart aanvragen");
        assertVoltooienAan(browser, "na een rij toegevoegd aan een bestaande actielijst, opslaan en herladen");
        voltooi(taak, pid, "concept-plan-herzien");

        taak = open("mdo-terpeel", naam, "D&R-plan vaststellen (MDO)");
        browser.wachtOpTekst("ID-kaart aanvragen");
        kiesKeuzerondje(browser, "Stelt het MDO het D&R-plan vast?", "Ja");
        voltooi(taak, pid, "mdo-vastgesteld");

        SpinJsonNode lijst = Spin.JSON(runtime.getVariable(pid, "actielijst"));
        assertThat(lijst.elements()).extracting(actie -> actie.prop("partij").stringValue())
                .containsExactly("gemeente", "reclassering", "regievoerder");
        assertThat(lijst.elements().get(2).prop("streefdatum").stringValue()).isEqualTo(vandaag.plusDays(14).toString());

        voerActieUit("gemeente-venlo", naam, pid, "Woning toegewezen in Venlo-Oost.", "actie-gemeente");
        voerActieUit("reclassering", naam, pid, "Werktraject start na uitstroom.", "actie-reclassering");
        voerActieUit("coord-noord", naam, pid, "ID-kaart aangevraagd bij de gemeente.", "actie-regievoerder");
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ActieUitvoeren").count()).isZero();

        meldUitstroom(detentieId, vandaag);
        taak = open("cm-terpeel", naam, "Warme overdracht voorbereiden");
        browser.wachtOpTekst("Woning toegewezen in Venlo-Oost.");
        for (String partner : List.of("Gemeente", "Zorg- en Veiligheidshuis (ZVH)", "Reclassering")) {
            assertThat(isAangevinkt(browser, AAN_WIE, partner)).as("vooraf aangevinkt: %s", partner).isTrue();
        }
        vulWarmeOverdracht(Map.of("Zorginstelling (ISD, TBS, art. 15.5/43.3 Pbw)", true), "Geen",
                "Huisbezoek door het wijkteam op dag één");
        voltooi(taak, pid, "warme-overdracht");
        assertThat(overdrachtOntvangers(detentieId)).as("precies wie bij Aan wie staat").containsExactlyInAnyOrder(
                "nazorg@venlo.example.nl", "nazorg@zvh-noord.example.nl", "nazorg@reclassering.example.nl",
                "nazorg@zorginstelling-noord.example.nl");

        assertAfgesloten(pid);
    }

    /**
     * A zelfmelder of Venlo: the gemeente screens, talks with the person (who asks for postponement, granted by the
     * OM), writes the plan of approach; then the person reports to the PI and the voorzorg ends with the plan passed
     * to the new nazorg case.
     */
    @Test
    void zelfmelderTotPlanVanAanpakEnMeldingInDePi() throws Exception {
        casus = "zelfmelder";
        String naam = TasklistPagina.uniekeNaam("Zelfhorst");
        String zelfmelderId = "ZM-" + naam;
        String bsn = Proefpersonen.bsn(ThreadLocalRandom.current());
        LocalDate oproep = vandaag().plusDays(45);
        assertThat(aanmelding.koppeling().post("/api/v1/zelfmelders", """
                {"zelfmelderId": "%s", "bsn": "%s", "achternaam": "%s", "voorletters": "Z.",
                 "geboortedatum": "1987-06-01", "geslacht": "V", "gemeenteCode": "GM0983", "oproepdatum": "%s"}"""
                .formatted(zelfmelderId, bsn, naam, oproep)).statusCode()).isEqualTo(201);
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(zelfmelderId).singleResult().getId();

        String taak = open("gemeente-venlo", naam, "Screening en triage");
        vinkHulpvraag("Huisvesting", "Huurachterstand van twee maanden.");
        vinkHulpvraag("Schulden", "Schuldhulpverlening loopt via de gemeente.");
        voltooi(taak, pid, "screening");

        assertThat(aanmelding.koppeling().post("/api/v1/zelfmelders/" + zelfmelderId + "/reactie", "{}").statusCode())
                .isEqualTo(202);
        taak = open("gemeente-venlo", naam, "Gesprek met zelfmelder");
        typ(browser, "Veld_verslagGesprek", "Gesprek op het gemeentehuis; zorg voor de kinderen is nog niet geregeld.");
        kiesKeuzerondje(browser, "Uitstel van de oproepdatum nodig?", "Ja");
        typ(browser, "Veld_redenUitstel", "Opvang van de kinderen pas over zes weken geregeld.");
        voltooi(taak, pid, "gesprek");

        taak = open("gemeente-venlo", naam, "Plan van aanpak opstellen");
        typ(browser, "Veld_planVanAanpak", "Huisvesting behouden en schulden regelen voor de melding.");
        for (String leefgebied : new String[] {"IdBewijs", "Huisvesting", "WerkInkomen", "Schulden", "Zorg",
                "SociaalNetwerk", "Herstel"}) {
            typ(browser, "Veld_afspraak" + leefgebied, "Afspraak " + leefgebied + " met de consulent.");
        }
        voltooi(taak, pid, "plan-van-aanpak");

        LocalDate nieuweOproep = oproep.plusDays(42);
        assertThat(aanmelding.koppeling().post("/api/v1/zelfmelders/" + zelfmelderId + "/uitstelbesluit",
                "{\"toegekend\": true, \"nieuweOproepdatum\": \"" + nieuweOproep + "\"}").statusCode()).isEqualTo(202);
        laatSysteemWerken(pid);

        // The person reports to the PI: the eerstedagsmelding for the zelfmelder's bsn ends the voorzorg.
        String nazorg = meld("DET-ZM-" + naam, bsn, naam, vandaag(), null);
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_ZelfmelderGemeld");
        assertThat(runtime.getVariable(nazorg, "zelfmelder")).isEqualTo(true);
        assertThat(runtime.getVariable(nazorg, "planVanAanpak")).asString().contains("schulden regelen");
    }

    /**
     * The common case: a detention of 18 days, entered through the API on day 4. The warme overdracht is in the
     * casemanager's list at once, beside the still open step 1, with the day before release as its due date; the
     * casemanager hands over that day, so the partners have the handover two weeks before the release, and the
     * uit-detentiemelding of day 18 closes the case. (The test cannot wait two weeks: it sends that notice right away.)
     */
    @Test
    void korteDetentieKrijgtDeWarmeOverdrachtVoorDeUitstroom() throws Exception {
        casus = "kort";
        String naam = TasklistPagina.uniekeNaam("Kort");
        String detentieId = "DET-KORT-" + naam;
        LocalDate vandaag = vandaag();
        LocalDate uitstroom = vandaag.plusDays(14);
        String pid = meld(detentieId, Proefpersonen.bsn(ThreadLocalRandom.current()), naam, vandaag.minusDays(4), uitstroom);

        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_BeoordeelBekendheid").count())
                .as("step 1 is still open").isOne();
        Task overdracht = taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_WarmeOverdracht").singleResult();
        assertThat(overdracht).as("the handover task exists on day 4").isNotNull();
        assertThat(overdracht.getDueDate().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate())
                .isEqualTo(uitstroom.minusDays(1));

        String taak = open("cm-terpeel", naam, "Warme overdracht voorbereiden");
        vulWarmeOverdracht(Map.of("Gemeente", true), "ID-kaart aanvragen, woning zoeken",
                "Eerste gesprek bij het wijkteam op de dag na vrijlating");
        voltooi(taak, pid, "warme-overdracht");
        assertThat(historie.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId("Task_VerstuurOverdracht")
                .finished().count()).as("handover sent before the release date").isOne();
        assertThat(overdrachtOntvangers(detentieId)).containsExactly("nazorg@venlo.example.nl");
        assertThat(taken.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_BeoordeelBekendheid").count())
                .as("the work of step 1 goes on").isOne();

        meldUitstroom(detentieId, uitstroom);
        laatSysteemWerken(pid);
        assertAfgesloten(pid);
    }

    /** The page checks themselves fail on what they look for: English, overflow, a console error, a missing date. */
    @Test
    void paginacontroleVindtEngelsBreedteConsolefoutEnTaakZonderVervaldatum() throws Exception {
        aanmelding.toonInlogpagina(browser);
        aanmelding.meldAan(browser, "gemeente-venlo");
        browser.wachtOpTekst("Taken van mijn groepen").click();
        browser.wacht(d -> d.findElement(By.cssSelector(".tasks-list")));
        casus = "controle";
        controleer(browser, schermafdruk("gemeente-venlo", "zonder-fouten"));
        String[] fouten = {
            "document.body.insertAdjacentHTML('beforeend', '<p id=\"proef\">Claim</p>')",
            "document.body.insertAdjacentHTML('beforeend', '<div id=\"proef\" style=\"width: 5000px\">breed</div>')",
            "console.error('proef')",
            "document.querySelector('.tasks-list').insertAdjacentHTML('beforeend', '<li id=\"proef\" class=\"task\">"
                    + "Taak zonder datum</li>')"};
        for (String fout : fouten) {
            browser.driver().executeScript(fout);
            assertThatThrownBy(() -> controleer(browser, schermafdruk("gemeente-venlo", "proef")))
                    .as(fout).isInstanceOf(AssertionError.class);
            browser.driver().executeScript("document.getElementById('proef')?.remove()");
            browser.consolefouten();
        }
    }

    /** The eerstedagsmelding as the PI sends it; returns the new case after its first automatic steps. */
    private String meld(String detentieId, String bsn, String naam, LocalDate insluiting, LocalDate verwachteUitstroom) {
        String uitstroom = verwachteUitstroom == null ? "null" : "\"" + verwachteUitstroom + "\"";
        assertThat(aanmelding.koppeling().post("/api/v1/detenties", """
                {"detentieId": "%s", "bsn": "%s", "achternaam": "%s", "voorletters": "T.", "geboortedatum": "1990-05-17",
                 "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel", "insluitingsdatum": "%s",
                 "voorlopigeHechtenis": false, "verwachteUitstroomdatum": %s}"""
                .formatted(detentieId, bsn, naam, insluiting, uitstroom)).statusCode()).isEqualTo(201);
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId)
                .processDefinitionKey("nazorg").singleResult().getId();
        laatSysteemWerken(pid);
        return pid;
    }

    private void meldUitstroom(String detentieId, LocalDate datum) {
        assertThat(aanmelding.koppeling().post("/api/v1/detenties/" + detentieId + "/uitstroom",
                "{\"uitstroomdatum\": \"" + datum + "\", \"uitstroomgemeenteCode\": \"GM0983\"}").statusCode())
                .isEqualTo(202);
    }

    /**
     * Logs in as the person of the role (unless already; the first login page is checked too), finds the task in
     * "Taken van mijn groepen" by the person's name, checks the list and the task page, and claims it. Returns the
     * task's id.
     */
    private String open(String gebruiker, String naam, String taaknaam) throws Exception {
        if (!gebruiker.equals(ingelogd)) {
            if (ingelogd != null) {
                aanmelding.meldAf(browser);
            }
            aanmelding.toonInlogpagina(browser);
            if (ingelogd == null) {
                controleer(browser, schermafdruk("inlogpagina", "tasklist"));
            }
            aanmelding.meldAan(browser, gebruiker);
            ingelogd = gebruiker;
            browser.wachtOpTekst("Taken van mijn groepen").click();
        }
        String taak = browser.openTaak(naam, taaknaam);
        controleer(browser, schermafdruk(gebruiker, taaknaam + "-geopend"));
        browser.claim();
        return taak;
    }

    /**
     * Checks the filled form, completes it with "Voltooien" (the task done by the person logged in), and lets the
     * system do what follows.
     */
    private void voltooi(String taak, String pid, String wat) throws Exception {
        controleer(browser, schermafdruk(ingelogd, wat + "-ingevuld"));
        assertVoltooienAan(browser, "bij " + wat);
        browser.klik(By.cssSelector("button[ng-click='complete()']"));
        browser.wacht(d -> taken.createTaskQuery().taskId(taak).count() == 0);
        assertThat(historie.createHistoricTaskInstanceQuery().taskId(taak).singleResult().getAssignee())
                .as("wie " + wat + " deed").isEqualTo(aanmelding.gebruikerVan(ingelogd));
        browser.wacht(d -> d.findElements(By.cssSelector("button[ng-click='complete()']")).isEmpty());
        controleer(browser, schermafdruk(ingelogd, wat + "-voltooid"));
        laatSysteemWerken(pid);
    }

    private void vinkHulpvraag(String leefgebied, String notitie) {
        browser.vinkAan(By.cssSelector("input[id$='Veld_hulpvraag" + leefgebied + "']"));
        typ(browser, "Veld_notitie" + leefgebied, notitie);
    }

    private void vulActie(int rij, String omschrijving, String leefgebied, String partij, LocalDate streefdatum) {
        browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() > rij);
        browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(rij).sendKeys(omschrijving);
        kies(browser, "Leefgebied", rij, leefgebied);
        kies(browser, "Uitvoerder", rij, partij);
        typDatum(browser, "Veld_streefdatum", rij, streefdatum.toString());
    }

    private void voegRijToe(int rijen) {
        browser.klik(By.cssSelector("button.fjs-repeat-render-add"));
        browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() == rijen + 1);
    }

    private void voerActieUit(String gebruiker, String naam, String pid, String toelichting, String wat) throws Exception {
        String taak = open(gebruiker, naam, "Actie uitvoeren");
        kiesKeuzerondje(browser, "Is de actie uitgevoerd?", "Ja");
        typ(browser, "Veld_toelichting", toelichting);
        voltooi(taak, pid, wat);
    }

    /** "Aan wie" comes prefilled with the partners involved; {@code aanWie} ticks or unticks what differs. */
    private void vulWarmeOverdracht(Map<String, Boolean> aanWie, String openActies, String eersteContact) {
        aanWie.forEach((partner, aan) -> vink(browser, AAN_WIE, partner, aan));
        typ(browser, "Veld_openActies", openActies);
        typ(browser, "Veld_eersteContactNaUitstroom", eersteContact);
    }

    private List<String> overdrachtOntvangers(String detentieId) {
        return logboek.voorCasus(detentieId).stream().filter(b -> b.onderwerp().startsWith("Warme overdracht"))
                .map(BerichtenLogboek.VerzondenBericht::ontvanger).toList();
    }

    private void assertAfgesloten(String pid) {
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_CasusAfgesloten");
    }

    /**
     * What the job executor does at once in production: the asynchronous steps (GCOS, Injus, documents, mail) and the
     * deadline timers that are already due. The test profile turns the executor off, so the test runs them; no timer
     * in the future is fired.
     */
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
        stap++;
        return schermafdrukmap(getClass()) + "/" + casus + "-" + String.format("%02d", stap) + "-" + gebruiker + "-"
                + wat.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
    }

    /** HeleCasusBrowserTest's in hele-casus/, HeleCasusOidcBrowserTest's in hele-casus-oidc/. */
    private static String schermafdrukmap(Class<?> testklasse) {
        return testklasse.getSimpleName().replace("BrowserTest", "").replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase();
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

}
