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

    /** Camunda's own English, as its templates, en.json and dmn-js show it on these pages. */
    private static final List<String> ENGELS = List.of("Actions", "zoom in", "zoom out", "reset zoom", "Runtime",
            "Toggle this section", "Processes", "Decisions", "Human Tasks", "Open Human Tasks", "Running Process Instances",
            "Variables", "Incidents", "User Tasks", "Process Instances", "Add criteria", "Version Tag", "Definition Version",
            "Could not", "does not have", "permission", "Loading", "Business key", "Business Key", "Deployment",
            "Deployments", "Deployed", "Tenant ID", "Called Process", "External Tasks", "Job Definitions", "No incidents",
            "Decision name", "Hit policy", "Rules may overlap", "Annotations", "When", "Then", "Input label", "Output label",
            "Input type", "Output type", "Decision Instances", "Assignee", "Owner", "Creation Date", "Due Date",
            "Follow Up Date", "Priority", "Delegation State", "Task ID", "Reports", "Download CSV");
    /** Camunda's word, half-translated in its Dutch ("gedeployed", "Deployment-ID"). */
    private static final Pattern DEPLOY = Pattern.compile("\\w*[Dd]eploy\\w*");
    private static final String COCKPIT = "/camunda/app/cockpit/default/#/";
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
        String beslissing = repository.createDecisionDefinitionQuery().decisionDefinitionKey("casus-complexiteit").latestVersion()
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

            browser.open(COCKPIT + "processes");
            browser.wacht(d -> d.findElement(By.xpath("//a[contains(@href,'" + definitie + "')]")));
            engels.addAll(engelsOp(browser, "procesdefinities"));

            browser.open(COCKPIT + "process-definition/" + definitie + "/runtime");
            browser.wacht(d -> d.findElement(By.cssSelector("[data-element-id='Task_Intakegesprek']")));
            browser.wachtOpTekst(casus.getId());
            browser.schermafdruk("cockpit-nl-2-procesdefinitie");
            assertThat(schaal(browser)).as("the model opens at a readable scale").isGreaterThanOrEqualTo(0.5);
            engels.addAll(engelsOp(browser, "procesdefinitie"));
            for (String tab : List.of("Incidenten", "Aangeroepen procesdefinities", "Jobdefinities")) {
                engels.addAll(tabblad(browser, tab, "procesdefinitie"));
            }

            browser.open(COCKPIT + "process-instance/" + casus.getId() + "/runtime");
            browser.wacht(d -> d.findElement(By.cssSelector("[data-element-id='Task_ContactLeggen']")));
            browser.wachtOpTekst("piCode");
            engels.addAll(engelsOp(browser, "procesinstantie"));
            engels.addAll(tabblad(browser, "Gebruikerstaken", "procesinstantie"));
            browser.wachtOpTekst("Contact leggen met regievoerder");
            browser.schermafdruk("cockpit-nl-3-procesinstantie-taken");
            for (String tab : List.of("Incidenten", "Aangeroepen procesinstanties", "Jobs", "Externe taken")) {
                engels.addAll(tabblad(browser, tab, "procesinstantie"));
            }

            browser.open(COCKPIT + "tasks");
            browser.wachtOpTekst("casemanager-sittard");
            browser.schermafdruk("cockpit-nl-4-taken");
            engels.addAll(engelsOp(browser, "takenpagina"));

            browser.open(COCKPIT + "repository");
            browser.wacht(d -> d.findElement(By.cssSelector(".deployment")));
            browser.wachtOpTekst("nazorg.bpmn");
            browser.schermafdruk("cockpit-nl-5-deployments");
            engels.addAll(engelsOp(browser, "deployments"));

            browser.open(COCKPIT + "decisions");
            browser.wachtOpTekst("Complexiteit casus bepalen");
            engels.addAll(engelsOp(browser, "beslissingen"));
            browser.open(COCKPIT + "decision-definition/" + beslissing);
            browser.wacht(d -> d.findElement(By.cssSelector(".tjs-container, .dmn-decision-table-container, table")));
            browser.schermafdruk("cockpit-nl-6-beslissing");
            engels.addAll(engelsOp(browser, "beslissing"));

            browser.klik(By.linkText("Rapportages"));
            browser.wachtOpTekst("Rapportages nazorg");
            browser.wacht(d -> d.findElement(By.cssSelector("#nazorg-informatiebladen table")));
            browser.schermafdruk("cockpit-nl-7-rapportages");
            engels.addAll(engelsOp(browser, "rapportages"));
        }
        assertThat(engels).as("English or null on the manager's Cockpit pages").isEmpty();
        assertThat(taken.createTaskQuery().processInstanceId(casus.getId()).list()).as("reading changed nothing")
                .isNotEmpty().allSatisfy(taak -> assertThat(taak.getAssignee()).isNull());
    }

    /** Opens a tab of the details below the diagram, as a person clicks it, and reads it once it has loaded. */
    private static List<String> tabblad(Browser browser, String naam, String pagina) throws Exception {
        browser.klik(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='" + naam + "']"));
        browser.wacht(d -> d.findElements(By.cssSelector(".ctn-tabbed-content .loader, .ctn-tabbed-content .animate-spin"))
                .stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed));
        browser.schermafdruk("cockpit-nl-" + pagina + "-" + naam.toLowerCase().replace(' ', '-'));
        return engelsOp(browser, pagina + ", tab " + naam);
    }

    /** Camunda's English and "null" on the page as it shows now, each found as "page (where): word". */
    @SuppressWarnings("unchecked")
    static List<String> engelsOp(Browser browser, String pagina) {
        var gezien = (java.util.Map<String, String>) browser.driver().executeScript(ZICHTBAAR);
        List<String> gevonden = new ArrayList<>();
        for (String soort : List.of("tekst", "titels")) {
            for (Pattern engels : List.of(WOORD, DEPLOY)) {
                var treffer = engels.matcher(gezien.get(soort));
                while (treffer.find()) {
                    gevonden.add(pagina + " (" + soort + "): " + treffer.group());
                }
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
