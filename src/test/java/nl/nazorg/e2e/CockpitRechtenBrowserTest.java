package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit offers only what the user may do: the read-only ketenmanager sees no button to cancel, suspend or change a
 * case, its variables, tasks, job definitions or deployments (the engine would answer 403); the beheerder sees them
 * all. The buttons are in the page for both; what differs is whether they show. The beheerder's pages, with their
 * extra buttons and the batches page, are Dutch too.
 */
class CockpitRechtenBrowserTest extends PostgresSpringTest {

    private static final String COCKPIT = "/camunda/app/cockpit/default/#/";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    private ProcessInstance casus;
    private final List<String> engels = new ArrayList<>();

    @AfterEach
    void opruimen() {
        if (casus != null) {
            runtime.deleteProcessInstanceIfExists(casus.getId(), "einde test", true, true, true, true);
        }
    }

    @Test
    void ketenmanagerZietGeenWijzigknoppenEnDeBeheerderWel() throws Exception {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");

        Map<String, Boolean> manager = knoppenZoalsGezienDoor("manager");
        assertThat(manager).as("buttons shown to the ketenmanager").doesNotContainValue(true);

        Map<String, Boolean> beheerder = knoppenZoalsGezienDoor("beheerder");
        assertThat(beheerder).as("buttons shown to the beheerder").doesNotContainValue(false);
        assertThat(engels).as("English or null on the beheerder's Cockpit pages").isEmpty();
        assertThat(beheerder.keySet()).isEqualTo(manager.keySet());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(casus.getId()).singleResult().isSuspended()).isFalse();
    }

    /** Every page with actions, once the user's authorizations are known: per button, whether it shows. */
    private Map<String, Boolean> knoppenZoalsGezienDoor(String gebruiker) throws Exception {
        String definitie = repository.createProcessDefinitionQuery().processDefinitionKey("nazorg").latestVersion()
                .singleResult().getId();
        Map<String, Boolean> getoond = new LinkedHashMap<>();
        try (Browser browser = Browser.start(poort)) {
            browser.logIn("cockpit", gebruiker);
            browser.wachtOpTekst("Open gebruikerstaken");

            browser.open(COCKPIT + "process-instance/" + casus.getId() + "/runtime?detailsTab=variables-tab");
            browser.wachtOpTekst("piCode");
            knoppen(browser, getoond, Map.of(
                    "procesinstantie verwijderen", ".ctn-toolbar a.btn-toolbar .glyphicon-remove",
                    "variabele toevoegen", ".ctn-toolbar a.btn-toolbar .glyphicon-plus",
                    "mislukte jobs opnieuw", ".ctn-toolbar a.btn-toolbar .glyphicon-repeat",
                    "procesinstantie opschorten", ".ctn-toolbar a[ng-show='!processInstance.suspended']",
                    "variabele bewerken", "button[ng-click^='enableEditMode']",
                    "variabele verwijderen", "button[ng-click^='deleteVariable']"));
            browser.schermafdruk("cockpit-rechten-" + gebruiker + "-1-procesinstantie");
            engels.addAll(CockpitNederlandsBrowserTest.engelsOp(browser, gebruiker + ": procesinstantie"));

            browser.klik(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Gebruikerstaken']"));
            browser.wachtOpTekst("Contact leggen met regievoerder");
            knoppen(browser, getoond, Map.of(
                    "groepen van taak beheren", "a.change-group-identity-links",
                    "gebruikers van taak beheren", "a.change-user-identity-links",
                    "taak toewijzen", "td.assignee .edit-toggle"));
            engels.addAll(CockpitNederlandsBrowserTest.engelsOp(browser, gebruiker + ": gebruikerstaken"));

            browser.open(COCKPIT + "process-definition/" + definitie + "/runtime?detailsTab=job-definition-table");
            browser.wachtOpTekst("async-before");
            knoppen(browser, getoond, Map.of(
                    "procesdefinitie opschorten", ".ctn-toolbar a[ng-show='!processDefinition.suspended']",
                    "jobprioriteit alle jobdefinities", ".ctn-toolbar a.action-button[ng-click='openDialog()']",
                    "jobprioriteit jobdefinitie", "a[ng-click='openDialog(jobDefinition)']",
                    "jobdefinitie opschorten", "a[ng-click^='openSuspensionStateDialog']"));
            browser.schermafdruk("cockpit-rechten-" + gebruiker + "-2-procesdefinitie");
            engels.addAll(CockpitNederlandsBrowserTest.engelsOp(browser, gebruiker + ": jobdefinities"));

            browser.open(COCKPIT + "repository");
            browser.wachtOpTekst("nazorg.bpmn");
            // Cockpit shows a deployment's actions while the pointer is on it
            new Actions(browser.driver()).moveToElement(browser.wacht(d -> d.findElement(By.cssSelector("li.deployment"))))
                    .perform();
            knoppen(browser, getoond, Map.of("uitrol verwijderen", "a.delete-deployment"));
            browser.schermafdruk("cockpit-rechten-" + gebruiker + "-3-uitrollen");
            engels.addAll(CockpitNederlandsBrowserTest.engelsOp(browser, gebruiker + ": uitrollen"));

            if (gebruiker.equals("beheerder")) {
                browser.open(COCKPIT + "batch");
                browser.wachtOpTekst("Lopende batches");
                browser.schermafdruk("cockpit-rechten-beheerder-4-batches");
                engels.addAll(CockpitNederlandsBrowserTest.engelsOp(browser, "beheerder: batches"));
            }
        }
        return getoond;
    }

    /**
     * Waits until Cockpit has put the buttons in the page and the user's authorizations are known, then records for
     * each whether it shows.
     */
    private static void knoppen(Browser browser, Map<String, Boolean> getoond, Map<String, String> knoppen) {
        browser.wacht(d -> d.findElement(By.cssSelector("body.nazorg-rechten-bekend")));
        List<String> ontbrekend = new ArrayList<>();
        for (Map.Entry<String, String> knop : knoppen.entrySet()) {
            List<WebElement> gevonden = browser.wacht(d -> {
                List<WebElement> elementen = d.findElements(By.cssSelector(knop.getValue()));
                return elementen.isEmpty() ? null : elementen;
            });
            if (gevonden.isEmpty()) {
                ontbrekend.add(knop.getKey());
            }
            getoond.put(knop.getKey(), gevonden.stream().anyMatch(WebElement::isDisplayed));
        }
        assertThat(ontbrekend).as("buttons Cockpit puts in the page").isEmpty();
    }
}
