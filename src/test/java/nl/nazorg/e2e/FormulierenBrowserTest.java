package nl.nazorg.e2e;

import static nl.nazorg.e2e.TasklistPagina.assertVoltooienAan;
import static nl.nazorg.e2e.TasklistPagina.controleer;
import static nl.nazorg.e2e.TasklistPagina.kies;
import static nl.nazorg.e2e.TasklistPagina.typDatum;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.Procesberichten;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda Forms as people fill them in Tasklist, through the form's own widgets: a form with a list field
 * (the concept D&R-plan's actielijst) can be completed after typing, adding and removing rows; the start form refuses
 * an invalid bsn on the field itself. Every page passes TasklistPagina.controleer (English, overflow, console).
 */
class FormulierenBrowserTest extends PostgresSpringTest {

    /**
     * The forms with a list field (dynamiclist) that a browser test fills row by row and completes, failing while
     * "Voltooien" stays off after valid input: the concept D&R-plan here and in HeleCasusBrowserTest, the plan revision
     * in OverigeFormulierenBrowserTest.
     */
    static final Set<String> FORMULIEREN_MET_LIJST_IN_DE_BROWSER = Set.of("concept-plan-opstellen", "plan-herzien");

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired ManagementService management;
    @Autowired Procesberichten procesberichten;
    @Autowired CasusRepository casusRepository;

    @Test
    void elkFormulierMetEenLijstveldWordtInDeBrowserIngevuld() throws IOException {
        Set<String> metLijst = new TreeSet<>();
        try (Stream<Path> bestanden = Files.list(Path.of("forms"))) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".form")).toList()) {
                if (Pattern.compile("\"type\"\\s*:\\s*\"dynamiclist\"").matcher(Files.readString(bestand)).find()) {
                    metLijst.add(bestand.getFileName().toString().replace(".form", ""));
                }
            }
        }
        assertThat(metLijst).as("formulieren met een lijstveld zonder browsertest die ze invult")
                .isEqualTo(new TreeSet<>(FORMULIEREN_MET_LIJST_IN_DE_BROWSER));
    }

    @Test
    void conceptPlanMetActielijstWordtVoltooidNaTypenToevoegenEnVerwijderen() throws Exception {
        ProcessInstance casus = totConceptPlan("Lijstmaker");

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "cm-terpeel");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            browser.openTaakVan("Lijstmaker");
            browser.claim();
            WebElement doelen = browser.wacht(d -> d.findElement(By.cssSelector("textarea[id$='Veld_doelen']")));
            doelen.sendKeys("Huisvesting: een woning bij uitstroom.");

            vulActie(browser, 0, "Woning zoeken via woningcorporatie", "Huisvesting", "Gemeente", "2026-04-30");
            assertVoltooienAan(browser, "na het typen in de eerste rij");
            browser.klik(By.cssSelector("button.fjs-repeat-render-add"));
            vulActie(browser, 1, "ID-kaart aanvragen", "ID-bewijs", "Regievoerder (coördinator nazorg of procesregisseur)", null);
            browser.klik(By.cssSelector("button.fjs-repeat-render-add"));
            browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() == 3);
            browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(2).sendKeys("Vergissing");
            browser.klik(By.xpath("(//button[contains(@class,'fjs-repeat-row-remove')])[3]"));
            browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() == 2);

            assertVoltooienAan(browser, "na toevoegen en verwijderen van rijen");

            // A real error in a row still keeps Voltooien off, until it is put right.
            WebElement tweede = browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(1);
            tweede.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            browser.wachtOpTekst("Dit veld is verplicht.");
            browser.wacht(d -> !d.findElement(By.cssSelector("button[ng-click='complete()']")).isEnabled());
            tweede.sendKeys("ID-kaart aanvragen");
            assertVoltooienAan(browser, "nadat de fout in de tweede rij is hersteld");
            controleer(browser, "formulier-concept-plan");
            browser.klik(By.cssSelector("button[ng-click='complete()']"));
            browser.wacht(d -> taken.createTaskQuery().processInstanceId(casus.getId())
                    .taskDefinitionKey("Task_PlanVaststellen").count() == 1);
        }
        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "mdo-terpeel");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            browser.openTaakVan("Lijstmaker");
            browser.claim();
            browser.wachtOpTekst("Woning zoeken via woningcorporatie");
            controleer(browser, "formulier-plan-vaststellen");
        }
        SpinJsonNode lijst = org.camunda.spin.Spin.JSON(runtime.getVariable(casus.getId(), "actielijst"));
        assertThat(lijst.elements()).hasSize(2);
        assertThat(lijst.elements().get(0).prop("omschrijving").stringValue()).isEqualTo("Woning zoeken via woningcorporatie");
        assertThat(lijst.elements().get(0).prop("leefgebied").stringValue()).isEqualTo("huisvesting");
        assertThat(lijst.elements().get(0).prop("partij").stringValue()).isEqualTo("gemeente");
        assertThat(lijst.elements().get(0).prop("streefdatum").stringValue()).isEqualTo("2026-04-30");
        assertThat(lijst.elements().get(1).prop("partij").stringValue()).isEqualTo("regievoerder");
    }

    @Test
    void warmeOverdrachtToontUitvoeringVanDeActiesEnDeEchteUitstroomdatum() throws Exception {
        ProcessInstance casus = casussen.totUitvoering(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        runtime.setVariable(casus.getId(), "achternaam", "Overdrager");
        taken.complete(casussen.taak(casus, "Task_ActieUitvoeren"),
                Map.of("uitgevoerd", true, "toelichting", "Woning toegewezen in Venlo-Oost"));
        procesberichten.uitDetentie(casusRepository.zoek(
                (String) runtime.getVariable(casus.getId(), "detentieId")).orElseThrow(), LocalDate.of(2026, 7, 3), "GM0983");
        assertThat(casussen.taak(casus, "Task_WarmeOverdracht")).isNotNull();

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "cm-terpeel");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            browser.openTaakVan("Overdrager");
            browser.claim();
            browser.wachtOpTekst("Woning toegewezen in Venlo-Oost");
            String tekst = browser.driver().findElement(By.cssSelector("[cam-tasklist-form]")).getText();
            assertThat(tekst).contains("Uitstroom", "03-07-2026 (uit detentie)").doesNotContain("Verwachte uitstroom");
            assertThat(browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='Woning zoeken via woningcorporatie']]"))
                    .getText()).contains("ja", "Woning toegewezen in Venlo-Oost");
            TasklistPagina.vink(browser, "Aan wie", "Gemeente", true);
            controleer(browser, "formulier-warme-overdracht");
            browser.klik(By.cssSelector("button[ng-click='complete()']"));
            browser.wacht(d -> taken.createTaskQuery().processInstanceId(casus.getId())
                    .taskDefinitionKey("Task_WarmeOverdracht").count() == 0);
        }
    }

    @Test
    void startformulierWeigertEenOngeldigBsnOpHetVeldEnStartMetEenGeldig() throws Exception {
        String detentieId = "DET-HAND-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "beheerder");
            WebElement bsn = vulStartformulier(browser, detentieId, "123456789");

            browser.wachtOpTekst("Dit is geen geldig burgerservicenummer (9 cijfers, elfproef).");
            By starten = By.cssSelector("button[ng-click='startProcessInstance()']");
            browser.wacht(d -> !d.findElement(starten).isEnabled());
            controleer(browser, "formulier-handmatige-melding-ongeldig-bsn");
            assertThat(runtime.createProcessInstanceQuery().variableValueEquals("detentieId", detentieId).count()).isZero();

            bsn.sendKeys(Keys.BACK_SPACE, "2");
            browser.wacht(d -> !browser.toontTekst("geen geldig burgerservicenummer"));
            browser.klik(starten);
            browser.wacht(d -> runtime.createProcessInstanceQuery().variableValueEquals("detentieId", detentieId).count() == 1);

            // The engine refuses a second melding for the detention: a Dutch reason, without Camunda's English prefix.
            vulStartformulier(browser, detentieId, "123456782");
            browser.klik(starten);
            By melding = By.cssSelector(".notifications .message");
            browser.wacht(d -> d.findElement(melding).getText().contains("Er bestaat al een casus voor detentieId"));
            browser.schermafdruk("formulier-handmatige-melding-tweede-keer");
            assertThat(browser.driver().findElement(melding).getText()).doesNotContain("Cannot", "instantiate", "nazorg:");
        }
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("detentieId", detentieId).count()).isEqualTo(1);
    }

    /**
     * The ZVH administration enters a melding for a person from anywhere in the country: every gemeente of the table is
     * in the start form's searchable select, every PI in its PI select. The demo users are Limburg's; a ZVH
     * administration may enter a melding for any gemeente, and the case goes to the region of that gemeente.
     */
    @Test
    void zvhAdministratieStartEenCasusVoorEenGemeenteBuitenLimburg() throws Exception {
        String detentieId = "DET-AMS-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "zvh-noord");
            vulStartformulier(browser, detentieId, "123456782", "Amsterdam (GM0363)", "Justitieel Complex Zaanstad");
            controleer(browser, "formulier-handmatige-melding-amsterdam");
            browser.klik(By.cssSelector("button[ng-click='startProcessInstance()']"));
            browser.wacht(d -> runtime.createProcessInstanceQuery().variableValueEquals("detentieId", detentieId).count() == 1);
        }
        String casus = runtime.createProcessInstanceQuery().variableValueEquals("detentieId", detentieId).singleResult().getId();
        assertThat(runtime.getVariables(casus)).containsEntry("gemeenteCode", "GM0363").containsEntry("gemeenteNaam", "Amsterdam")
                .containsEntry("zvhRegio", "amsterdam-amstelland").containsEntry("piCode", "zaanstad");
    }

    private static WebElement vulStartformulier(Browser browser, String detentieId, String bsnWaarde) {
        return vulStartformulier(browser, detentieId, bsnWaarde, "Venlo (GM0983)", "PI Ter Peel");
    }

    private static WebElement vulStartformulier(Browser browser, String detentieId, String bsnWaarde, String gemeente,
                                                String pi) {
        browser.klik(By.xpath("//a[contains(normalize-space(.),'Proces starten')]"));
        browser.klik(By.xpath("//a[normalize-space(.)='Nazorg ex-gedetineerde']"));
        WebElement bsn = browser.wacht(d -> d.findElement(By.cssSelector("input[id$='Veld_bsn']")));
        browser.driver().findElement(By.cssSelector("input[id$='Veld_detentieId']")).sendKeys(detentieId);
        bsn.sendKeys(bsnWaarde);
        browser.driver().findElement(By.cssSelector("input[id$='Veld_achternaam']")).sendKeys("Handmatig");
        browser.driver().findElement(By.cssSelector("input[id$='Veld_voorletters']")).sendKeys("H.");
        typDatum(browser, "Veld_geboortedatum", "1988-02-11");
        kies(browser, "Geslacht", 0, "Man");
        kies(browser, "Gemeente van inschrijving", 0, gemeente);
        kies(browser, "Penitentiaire inrichting (PI)", 0, pi);
        typDatum(browser, "Veld_insluitingsdatum", "2026-03-02");
        return bsn;
    }

    private void vulActie(Browser browser, int rij, String omschrijving, String leefgebied, String partij, String datum) {
        browser.wacht(d -> d.findElements(By.cssSelector("input[id*='Veld_omschrijving']")).size() > rij);
        browser.driver().findElements(By.cssSelector("input[id*='Veld_omschrijving']")).get(rij).sendKeys(omschrijving);
        kies(browser, "Leefgebied", rij, leefgebied);
        kies(browser, "Uitvoerder", rij, partij);
        if (datum != null) {
            typDatum(browser, "Veld_streefdatum", rij, datum);
        }
    }

    private ProcessInstance totConceptPlan(String achternaam) {
        ProcessInstance pi = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        runtime.setVariable(pi.getId(), "achternaam", achternaam);
        taken.complete(casussen.taak(pi, "Task_ContactLeggen"));
        taken.complete(casussen.taak(pi, "Task_ProcesAfstemmen"));
        taken.complete(casussen.taak(pi, "Task_Intakegesprek"),
                Map.of("hulpvraagHuisvesting", true, "notitieHuisvesting", "Geen woning na uitstroom"));
        taken.complete(casussen.taak(pi, "Task_Informatieblad"));
        casussen.voerJobUit(pi, "Task_DeelInformatieblad");
        taken.complete(casussen.taak(pi, "Task_VerrijkInformatie"));
        management.createJobQuery().processInstanceId(pi.getId()).activityId("Gateway_BeeldvormingKlaar").list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(casussen.taak(pi, "Task_ConceptPlanOpstellen")).isNotNull();
        return pi;
    }
}
