package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ketenmanager in Cockpit: the drawn nazorg model with its running cases, and no way to change them. */
class CockpitBrowserTest extends PostgresSpringTest {

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    @Test
    void managerZietHetModelMetDeLopendeCasusMaarKanNietsWijzigen() throws Exception {
        ProcessInstance casus = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");
        String definitie = repository.createProcessDefinitionQuery().processDefinitionKey("nazorg").latestVersion()
                .singleResult().getId();

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("cockpit", "manager");
            browser.wachtOpTekst("Procesdefinities");
            browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitie + "/runtime");
            browser.wacht(d -> d.findElement(By.cssSelector("[data-element-id='Task_Intakegesprek']")));
            browser.wacht(d -> d.findElement(By.cssSelector("[data-element-id='SubProcess_Detentie']")));
            browser.wachtOpTekst(casus.getId());
            browser.schermafdruk("cockpit-1-manager-nazorg-model");

            Object status = browser.driver().executeAsyncScript("""
                    const klaar = arguments[arguments.length - 1];
                    const xsrf = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];
                    fetch('/camunda/api/engine/engine/default/process-instance/' + arguments[0] + '/suspended', {
                      method: 'PUT', credentials: 'same-origin',
                      headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf},
                      body: JSON.stringify({suspended: true})
                    }).then(r => klaar(r.status), e => klaar(String(e)));""", casus.getId());
            assertThat(status).isEqualTo(403L);
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(casus.getId()).singleResult().isSuspended()).isFalse();
    }
}
