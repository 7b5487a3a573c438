package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gemeente Venlo works a zelfmelder case in the Dutch Tasklist; the gemeente Roermond does not see it. */
class ZelfmelderBrowserTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void gemeenteVenloDoetDeScreeningVanHaarZelfmelder() throws Exception {
        String zelfmelderId = "ZM-" + UUID.randomUUID();
        assertThat(new ApiKlant(poort, "koppeling").post("/api/v1/zelfmelders", """
                {"zelfmelderId": "%s", "bsn": "100000022", "achternaam": "Maasvlakte", "voorletters": "J.",
                 "geboortedatum": "1980-01-01", "geslacht": "M", "gemeenteCode": "GM0983", "oproepdatum": "2099-03-01"}"""
                .formatted(zelfmelderId)).statusCode()).isEqualTo(201);
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(zelfmelderId).singleResult().getId();

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "gemeente-roermond");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            assertThat(browser.zoekTakenVan("Maasvlakte")).as("zelfmelder van Venlo zichtbaar voor Roermond").isZero();
        }
        try (Browser browser = Browser.start(poort)) {
            browser.logIn("tasklist", "gemeente-venlo");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            browser.openTaakVan("Maasvlakte");
            browser.wachtOpTekst("Screening en triage");
            browser.claim();
            browser.vinkAan(By.cssSelector("input[id$='Veld_hulpvraagHuisvesting']"));
            browser.wacht(d -> d.findElement(By.cssSelector("textarea[id$='Veld_notitieHuisvesting']")))
                    .sendKeys("Huurachterstand van twee maanden; verhuurder wil ontbinden.");
            browser.schermafdruk("zelfmelder-1-gemeente-venlo-screening");
            browser.klik(By.cssSelector("button[ng-click='complete()']"));
            browser.wacht(d -> management.createJobQuery().processInstanceId(pid).activityId("Task_VerstuurBrief").count() == 1);
        }
        assertThat(runtime.getVariable(pid, "hulpvraagHuisvesting")).isEqualTo(true);
    }
}
