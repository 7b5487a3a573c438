package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ketenmanager's Cockpit in Chromium, page by page (dashboard, process definition, process instance with its user
 * tasks, the task page): Dutch only, no "null" in the details, the open tasks counted, no permission error, and the
 * long nazorg model opened at a readable scale.
 */
class CockpitNederlandsBrowserTest extends PostgresSpringTest {

    /** Camunda's own English, as its templates and en.json show it on these pages. */
    private static final List<String> ENGELS = List.of("Actions", "zoom in", "zoom out", "reset zoom", "Runtime",
            "Toggle this section", "Processes", "Decisions", "Human Tasks", "Open Human Tasks", "Running Process Instances",
            "Variables", "Incidents", "User Tasks", "Process Instances", "Add criteria", "Version Tag", "Definition Version",
            "Could not", "does not have", "permission", "Loading");
    private static final Pattern WOORD = Pattern.compile("\\b(" + String.join("|", ENGELS.stream().map(Pattern::quote).toList()) + ")\\b");
    private static final String ZICHTBAAR = """
            const zichtbaar = e => e.offsetParent !== null || e === document.body;
            return {
              tekst: document.body.innerText,
              titels: [...document.querySelectorAll('[title],[uib-tooltip]')].filter(zichtbaar)
                .map(e => e.getAttribute('title') || e.getAttribute('uib-tooltip')).join('\\n'),
              details: [...document.querySelectorAll('dd')].filter(zichtbaar).map(e => e.innerText).join('\\n')
            };""";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RepositoryService repository;
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
    void managerZietCockpitInHetNederlandsMetDeOpenTaken() throws Exception {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "sittard", "GM1883");
        String definitie = repository.createProcessDefinitionQuery().processDefinitionKey("nazorg").latestVersion()
                .singleResult().getId();
        List<String> engels = new ArrayList<>();

        try (Browser browser = Browser.start(poort)) {
            browser.logIn("cockpit", "manager");
            browser.wachtOpTekst("Open gebruikerstaken");
            String aantal = browser.wacht(d -> {
                String tekst = d.findElement(By.cssSelector(".open-human-tasks a.value")).getText().trim();
                return tekst.isEmpty() ? null : tekst;
            });
            browser.schermafdruk("cockpit-nl-1-dashboard");
            // Cockpit abbreviates large numbers ("1k" from a thousand on)
            assertThat(aantal).as("open tasks on the dashboard").matches("[1-9][0-9]*(\\.[0-9])?k?");
            engels.addAll(engelsOp(browser, "dashboard"));

            browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitie + "/runtime");
            browser.wacht(d -> d.findElement(By.cssSelector("[data-element-id='Task_Intakegesprek']")));
            browser.wachtOpTekst(casus.getId());
            browser.schermafdruk("cockpit-nl-2-procesdefinitie");
            assertThat(schaal(browser)).as("the model opens at a readable scale").isGreaterThanOrEqualTo(0.5);
            engels.addAll(engelsOp(browser, "procesdefinitie"));

            browser.open("/camunda/app/cockpit/default/#/process-instance/" + casus.getId() + "/runtime");
            browser.wacht(d -> d.findElement(By.cssSelector("[data-element-id='Task_ContactLeggen']")));
            browser.wachtOpTekst("piCode");
            engels.addAll(engelsOp(browser, "procesinstantie"));
            browser.klik(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Gebruikerstaken']"));
            browser.wachtOpTekst("Contact leggen met regievoerder");
            browser.schermafdruk("cockpit-nl-3-procesinstantie-taken");
            engels.addAll(engelsOp(browser, "gebruikerstaken van de casus"));

            browser.open("/camunda/app/cockpit/default/#/tasks");
            browser.wachtOpTekst("casemanager-sittard");
            browser.schermafdruk("cockpit-nl-4-taken");
            engels.addAll(engelsOp(browser, "takenpagina"));
        }
        assertThat(engels).as("English or null on the manager's Cockpit pages").isEmpty();
        assertThat(taken.createTaskQuery().processInstanceId(casus.getId()).singleResult().getAssignee())
                .as("reading changed nothing").isNull();
    }

    @SuppressWarnings("unchecked")
    private static List<String> engelsOp(Browser browser, String pagina) {
        var gezien = (java.util.Map<String, String>) browser.driver().executeScript(ZICHTBAAR);
        List<String> gevonden = new ArrayList<>();
        for (String soort : List.of("tekst", "titels")) {
            var treffer = WOORD.matcher(gezien.get(soort));
            while (treffer.find()) {
                gevonden.add(pagina + " (" + soort + "): " + treffer.group());
            }
        }
        for (String regel : gezien.get("details").split("\n")) {
            if (regel.trim().equalsIgnoreCase("null")) {
                gevonden.add(pagina + " (details): null");
            }
        }
        return gevonden;
    }

    /** The scale of the drawn diagram: bpmn-js keeps it in the transform of its viewport. */
    private static double schaal(Browser browser) {
        Object schaal = browser.driver().executeScript(
                "return document.querySelector('.djs-container svg .viewport').transform.baseVal.consolidate().matrix.a;");
        return ((Number) schaal).doubleValue();
    }
}
