package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.security.OidcIngesteld;
import oidcprovider.OidcTestprovider;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist with single sign-on in a real browser: people of the OpenID provider, unknown to Camunda's identity
 * tables, log in on the provider's login page and see the work of the groups their token carries, and no other;
 * after a move to another PI at the provider, the next login shows the new PI's work. Screenshots in
 * target/screenshots/oidc-*.
 */
class OidcBrowserTest extends PostgresSpringTest implements OidcIngesteld {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;

    private final OidcTestprovider provider = OidcTestprovider.actief();

    @Test
    void casemanagerMeldtZichAanBijDeProviderEnDoetAlleenWerkVanDeEigenPi() throws Exception {
        ProcessInstance terPeel = casus("ter-peel", "GM0983", "Peelzicht");
        casus("sittard", "GM1883", "Sittzicht");
        provider.gebruiker("sso-tessa", List.of(OidcIngesteld.extern("casemanager-ter-peel")));

        try (Browser browser = Browser.start(poort)) {
            meldAan(browser, "sso-tessa");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            assertThat(browser.zoekTakenVan("Sittzicht")).as("taak van PI Sittard zichtbaar voor Ter Peel").isZero();
            assertThat(browser.zoekTakenVan("Peelzicht")).as("contact, intake, verrijken and uitstroom volgen").isEqualTo(4);
            browser.schermafdruk("oidc-1-casemanager-ter-peel");

            browser.openTaak("Peelzicht", "Contact leggen met regievoerder");
            browser.claim();
            browser.vinkAan(By.cssSelector("input[id$='Veld_contactGelegd']"));
            browser.driver().findElement(By.cssSelector("textarea[id$='Veld_notitieContact']"))
                    .sendKeys("Aangemeld via de identiteitsprovider van de organisatie.");
            browser.klik(By.cssSelector("button[ng-click='complete()']"));
            browser.wacht(d -> taken.createTaskQuery().processInstanceId(terPeel.getId())
                    .taskDefinitionKey("Task_ProcesAfstemmen").count() == 1);
        }
        assertThat(runtime.getVariable(terPeel.getId(), "notitieContact")).asString().contains("identiteitsprovider");
    }

    @Test
    void coordinatorZvhZietAlleenDeEigenRegio() throws Exception {
        ProcessInstance noord = casus("roermond", "GM0983", "Noordzicht");
        ProcessInstance midden = casus("roermond", "GM0957", "Middenzicht");
        taken.complete(casussen.taak(noord, "Task_ContactLeggen"));
        taken.complete(casussen.taak(midden, "Task_ContactLeggen"));
        provider.gebruiker("sso-koen", List.of(OidcIngesteld.extern("coordinator-nazorg-noord-limburg")));

        try (Browser browser = Browser.start(poort)) {
            meldAan(browser, "sso-koen");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            assertThat(browser.zoekTakenVan("Middenzicht")).as("taak van Midden-Limburg zichtbaar voor Noord").isZero();
            assertThat(browser.zoekTakenVan("Noordzicht")).isOne();
            browser.schermafdruk("oidc-2-coordinator-noord-limburg");
        }
    }

    @Test
    void naEenOverplaatsingBijDeProviderZietDeVolgendeAanmeldingDeNieuwePi() throws Exception {
        casus("ter-peel", "GM0983", "Peelverhuis");
        casus("sittard", "GM1883", "Sittverhuis");
        provider.gebruiker("sso-verhuisd", List.of(OidcIngesteld.extern("casemanager-sittard")));

        try (Browser browser = Browser.start(poort)) {
            meldAan(browser, "sso-verhuisd");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            assertThat(browser.zoekTakenVan("Sittverhuis")).isPositive();
            assertThat(browser.zoekTakenVan("Peelverhuis")).isZero();

            browser.open("/uitloggen");
            provider.gebruiker("sso-verhuisd", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
            meldAan(browser, "sso-verhuisd");
            browser.wachtOpTekst("Taken van mijn groepen").click();
            assertThat(browser.zoekTakenVan("Peelverhuis")).isPositive();
            assertThat(browser.zoekTakenVan("Sittverhuis")).as("taak van de oude PI na de overplaatsing").isZero();
            browser.schermafdruk("oidc-3-na-overplaatsing");
        }
    }

    /** Opens Tasklist, which sends the person to the provider's login page; back in Tasklist when logged in. */
    private void meldAan(Browser browser, String persoon) throws Exception {
        browser.open("/camunda/app/tasklist/default/");
        browser.wacht(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login") ? true : null);
        browser.wacht(d -> d.findElement(By.cssSelector("input[name='username']"))).sendKeys(persoon);
        browser.driver().findElement(By.cssSelector("input[name='password']")).sendKeys(provider.wachtwoordVan(persoon));
        browser.schermafdruk("oidc-0-aanmelden-bij-provider");
        browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
        browser.wachtOpTekst("Kies een taak in de lijst.");
    }

    private ProcessInstance casus(String pi, String gemeente, String achternaam) {
        ProcessInstance casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), pi, gemeente);
        runtime.setVariable(casus.getId(), "achternaam", achternaam);
        return casus;
    }
}
