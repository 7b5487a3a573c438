package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist in a real browser, as the people who use it: each sees the tasks of their own PI or region in
 * Dutch, claims one and completes its Dutch form. Screenshots land in target/screenshots.
 */
class TasklistBrowserTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;

    @Test
    void casemanagerTerPeelZietEnVoltooitAlleenDeTaakVanDeEigenPi() throws Exception {
        ProcessInstance terPeel = casus("ter-peel", "GM0983", "Peelman", "Task_ContactLeggen");
        casus("sittard", "GM1883", "Sittardt", "Task_ContactLeggen");

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "cm-terpeel");
            browser.wachtOpTekst("Kies een taak in de lijst.");
            assertThat(browser.driver().getTitle()).contains("nazorg");
            assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
            browser.wachtOpTekst("Taken van mijn groepen").click();
            assertThat(browser.zoekTakenVan("Sittardt")).as("taak van PI Sittard zichtbaar voor Ter Peel").isZero();
            assertThat(browser.zoekTakenVan("Peelman")).as("contact, intake, verrijken and uitstroom volgen").isEqualTo(4);
            assertThat(browser.toontTekst("Contact leggen met regievoerder")).isTrue();
            browser.schermafdruk("tasklist-1-casemanager-ter-peel-takenlijst");

            browser.openTaak("Peelman", "Contact leggen met regievoerder");
            assertThat(browser.wachtOpTekst("Claimen").getText()).isEqualTo("Claimen");
            browser.claim();
            browser.vinkAan(By.cssSelector("input[id$='Veld_contactGelegd']"));
            browser.driver().findElement(By.cssSelector("textarea[id$='Veld_notitieContact']"))
                    .sendKeys("Coördinator nazorg gebeld; intake samen op 10 maart.");
            browser.schermafdruk("tasklist-2-casemanager-ter-peel-formulier");
            browser.klik(By.cssSelector("button[ng-click='complete()']"));

            browser.wacht(d -> taken.createTaskQuery().processInstanceId(terPeel.getId())
                    .taskDefinitionKey("Task_ProcesAfstemmen").count() == 1);
            browser.schermafdruk("tasklist-3-casemanager-ter-peel-voltooid");
        }
        assertThat(runtime.getVariable(terPeel.getId(), "contactGelegd")).isEqualTo(true);
        assertThat(runtime.getVariable(terPeel.getId(), "notitieContact")).asString().contains("intake samen");
    }

    @Test
    void casemanagerSittardZietDeTaakVanTerPeelNiet() throws Exception {
        casus("ter-peel", "GM0983", "Peelvaart", "Task_ContactLeggen");
        casus("sittard", "GM1883", "Geleenhof", "Task_ContactLeggen");

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "cm-sittard");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            assertThat(browser.zoekTakenVan("Peelvaart")).as("taak van PI Ter Peel zichtbaar voor Sittard").isZero();
            assertThat(browser.zoekTakenVan("Geleenhof")).as("contact, intake, verrijken and uitstroom volgen").isEqualTo(4);
            browser.schermafdruk("tasklist-4-casemanager-sittard");
        }
    }

    @Test
    void coordinatorClaimtEnVoltooitEenGroepstaak() throws Exception {
        ProcessInstance casus = casus("roermond", "GM0983", "Venlonaar", "Task_ContactLeggen");
        taken.complete(casussen.taak(casus, "Task_ContactLeggen"));

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "coord-noord");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            browser.openTaakVan("Venlonaar");
            browser.claim();
            browser.wacht(d -> d.findElement(By.cssSelector("textarea[id$='Veld_afspraken']")).isEnabled()
                    ? d.findElement(By.cssSelector("textarea[id$='Veld_afspraken']")) : null)
                    .sendKeys("Casemanager doet intake, reclassering sluit aan bij het MDO.");
            TasklistPagina.vink(browser, "Betrokken partners", "Reclassering", true);
            browser.schermafdruk("tasklist-5-coordinator-formulier");
            browser.klik(By.cssSelector("button[ng-click='complete()']"));
            browser.wacht(d -> taken.createTaskQuery().processInstanceId(casus.getId())
                    .taskDefinitionKey("Task_Intakegesprek").count() == 1);
        }
        Task intake = taken.createTaskQuery().processInstanceId(casus.getId()).taskDefinitionKey("Task_Intakegesprek").singleResult();
        assertThat(intake.getDueDate()).isNotNull();
        assertThat(runtime.getVariable(casus.getId(), "betrokkenPartijen").toString()).isEqualTo("[\"reclassering\"]");
    }

    private ProcessInstance casus(String pi, String gemeente, String achternaam, String tot) {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totContactLeggen(detentieId, pi, gemeente);
        runtime.setVariable(casus.getId(), "achternaam", achternaam);
        assertThat(casussen.taak(casus, tot)).isNotNull();
        return casus;
    }
}
