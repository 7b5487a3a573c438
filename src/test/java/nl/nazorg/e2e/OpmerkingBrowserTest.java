package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Opmerking toevoegen" in Tasklist's task view, in Chromium: the casemanager writes a comment on the task it works
 * and finds it under "Historie", next to its claim, with no error and no English text on the page.
 */
class OpmerkingBrowserTest extends PostgresSpringTest {

    private static final String OPMERKING = "Regievoerder gebeld, terugbellen na het weekend.";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;

    private ProcessInstance casus;

    @AfterEach
    void opruimen() {
        if (casus != null) {
            runtime.deleteProcessInstanceIfExists(casus.getId(), "einde test", true, true, true, true);
        }
    }

    @Test
    void deCasemanagerZetEenOpmerkingBijZijnTaakEnZietHaarInDeHistorie() throws Exception {
        String naam = TasklistPagina.uniekeNaam("Opmerking");
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        runtime.setVariable(casus.getId(), "achternaam", naam);

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "cm-terpeel");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            String taak = browser.openTaak(naam, "Contact leggen met regievoerder");
            browser.claim();

            browser.klik(By.cssSelector("a.createCommentLink"));
            browser.wacht(d -> d.findElement(By.id("comment-form-message"))).sendKeys(OPMERKING);
            TasklistPagina.controleer(browser, "opmerking-1-toevoegen");
            browser.klik(By.cssSelector(".modal-footer button[type='submit']"));
            browser.wacht(d -> d.findElements(By.id("comment-form-message")).isEmpty());
            assertThat(browser.toontTekst("De opmerking kan niet worden opgeslagen")).isFalse();

            browser.klik(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Historie']"));
            browser.wachtOpTekst(OPMERKING);
            assertThat(browser.toontTekst("Claimen")).as("the claim, from the task's user operation log").isTrue();
            assertThat(browser.toontTekst("Er is geen historie voor deze taak.")).isFalse();
            TasklistPagina.controleer(browser, "opmerking-2-historie");

            assertThat(taken.getTaskComments(taak)).singleElement()
                    .satisfies(opmerking -> assertThat(opmerking.getUserId()).isEqualTo("cm-terpeel"))
                    .satisfies(opmerking -> assertThat(opmerking.getFullMessage()).isEqualTo(OPMERKING));
        }
    }
}
