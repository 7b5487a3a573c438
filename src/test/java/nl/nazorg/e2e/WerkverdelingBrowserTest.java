package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a gemeente sees when it logs in to Tasklist (issue 19): a login page that says nazorg, its own work in the
 * first filter without a click, its action told apart by name, detention and action, and a passed due date in red.
 */
class WerkverdelingBrowserTest extends PostgresSpringTest {

    private static final String ROOD = "rgba(176, 0, 32, 1)";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;

    @Test
    void deGemeenteVindtHaarActieMetKolommenEnZietDatDeTermijnVerlopenIs() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        // The action's streefdatum is 30 April 2026, long past: the task is overdue.
        casussen.totUitvoering(detentieId, "ter-peel", "GM0983");

        try (Browser browser = Browser.start(poort)) {
            browser.open("/camunda/app/tasklist/default/");
            WebElement appNaam = browser.wacht(d -> d.findElement(By.cssSelector(".login-header .app-name")));
            assertThat(appNaam.getText()).isEqualTo("nazorg");
            browser.schermafdruk("werkverdeling-1-inlogpagina");

            browser.logIn("tasklist", "gemeente-venlo");
            // No filter clicked: the first filter is the work of the user's groups.
            WebElement taak = browser.wacht(d -> d.findElement(By.xpath(
                    "//li[contains(@class,'task')][.//*[normalize-space(text())='" + detentieId + "']]")));
            assertThat(taak.getText()).contains("Actie uitvoeren", "Jansen", "Woning zoeken via woningcorporatie");
            WebElement vervaldatum = taak.findElement(By.cssSelector(".due-date"));
            assertThat(vervaldatum.getAttribute("class")).contains("overdue");
            assertThat(vervaldatum.getCssValue("color")).as("a passed due date stands out").isEqualTo(ROOD);
            browser.schermafdruk("werkverdeling-2-gemeente-venlo-eerste-filter");
        }
    }
}
