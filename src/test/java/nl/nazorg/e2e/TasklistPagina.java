package nl.nazorg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Tasklist and its Camunda Forms as a person uses them: form-js's own widgets (selects, date fields, radios), and
 * the checks every page must pass (no English stock text, nothing beyond the right edge, no console error, a due
 * date on every listed task), with a screenshot of each page checked.
 */
final class TasklistPagina {

    /**
     * Texts that form-js 1.8 and Tasklist 7.24 show in English whatever the language: form-js's fixed texts, and the
     * English of Tasklist's labels that the project's nl.json translates and of its templates' fallback texts (such as
     * "Set follow up"), which show when a translation is missing or not yet applied.
     * Words that are the same in Dutch (Filter, Diagram, Type) are not listed.
     */
    static final List<String> ENGELSE_TEKSTEN = List.of(
            // form-js
            "Add new", "Select", "Search", "Submit", "Save", "Complete", "Remove", "Collapse", "Expand all",
            "Field is required", "Field must", "Value is not",
            // Tasklist
            "Claim", "Unclaim", "Add Comment", "Add a comment", "Enter Comment", "Set follow-up date", "Set follow up",
            "Set due date", "Reset follow-up date", "Reset due date", "Follow-up date", "Follow-up", "Due date", "Due",
            "Created", "Loading", "Assignee", "Reset assignee", "Assigned to you", "Add groups", "Manage Groups",
            "Groups", "Start process", "Log out", "Sort by", "Add sorting", "Filter Tasks", "Form", "History",
            "Description", "No task matching filters found", "No filter available", "Select a task in the list",
            "Close task", "Priority", "The task does not exist anymore", "Business key", "Edit filter", "Delete filter",
            "Add variable");

    /**
     * Console errors that are not defects, each with its reason. Camunda's webapps ask for the signed-in user when a
     * page loads; without a session the answer is 404 by Camunda's design (UserAuthenticationResource), and Chromium
     * logs every unsuccessful request as an error. Seen on the login page only.
     */
    private static final List<Pattern> TOEGESTANE_CONSOLEFOUTEN = List.of(
            Pattern.compile("^http://localhost:\\d+/camunda/api/admin/auth/user/default - Failed to load resource: "
                    + "the server responded with a status of 404 \\(\\)$"));

    private TasklistPagina() {
    }

    /** Opens the form-js select with this label in the given list row (0 outside lists) and picks the option. */
    static void kies(Browser browser, String label, int rij, String optie) {
        WebElement veld = browser.wacht(d -> d.findElements(By.xpath("//div[contains(@class,'fjs-form-field-select')]"
                + "[.//label[normalize-space(.)='" + label + "' or normalize-space(.)='" + label + "*']]")).get(rij));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", veld);
        veld.findElement(By.cssSelector(".fjs-input-group")).click();
        List<WebElement> zoekveld = veld.findElements(By.cssSelector("input.fjs-input"));
        if (!zoekveld.isEmpty()) {
            zoekveld.get(0).sendKeys(optie.substring(0, 4));
        }
        browser.wacht(d -> veld.findElements(By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)="
                + "'" + optie + "']")).get(0)).click();
        browser.wacht(d -> zoekveld.isEmpty()
                ? veld.findElement(By.cssSelector(".fjs-select-display")).getText().equals(optie)
                : optie.equals(zoekveld.get(0).getAttribute("value")));
    }

    /** Clicks the option of the form-js radio group with this label, on its label as a person does. */
    static void kiesKeuzerondje(Browser browser, String label, String optie) {
        By keuze = By.xpath("//div[contains(@class,'fjs-form-field-radio')][.//label[starts-with(normalize-space(.), '"
                + label + "')]]//label[normalize-space(.)='" + optie + "']");
        browser.klik(keuze);
        browser.wacht(d -> d.findElement(keuze).findElement(By.xpath("./input|.//input|preceding-sibling::input"))
                .isSelected());
    }

    /** Ticks (or unticks) the option of the form-js checklist with this label, on the option's label as a person does. */
    static void vink(Browser browser, String label, String optie, boolean aan) {
        By keuze = checklistOptie(label, optie);
        if (isAangevinkt(browser, label, optie) != aan) {
            browser.klik(keuze);
        }
        browser.wacht(d -> isAangevinkt(browser, label, optie) == aan);
    }

    /** Whether the option of the form-js checklist with this label is ticked, for instance by a prefilled value. */
    static boolean isAangevinkt(Browser browser, String label, String optie) {
        return browser.wacht(d -> d.findElement(checklistOptie(label, optie))
                .findElement(By.xpath(".//input|preceding-sibling::input"))).isSelected();
    }

    private static By checklistOptie(String label, String optie) {
        return By.xpath("//div[contains(@class,'fjs-form-field-checklist')][.//label[starts-with(normalize-space(.), '"
                + label + "')]]//label[normalize-space(.)='" + optie + "']");
    }

    /** Types the date into the n-th form-js date field whose id contains veldId, as the browser's locale writes it. */
    static void typDatum(Browser browser, String veldId, int rij, String iso) {
        WebElement veld = browser.wacht(d -> d.findElements(By.cssSelector("input[id*='" + veldId + "']")).get(rij));
        String getypt = (String) browser.driver().executeScript(
                "const [j, m, d] = arguments[0].split('-').map(Number);"
                        + "return new Intl.DateTimeFormat('default').format(new Date(j, m - 1, d));", iso);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", veld);
        veld.click();
        veld.sendKeys(getypt, Keys.ENTER);
    }

    static void typDatum(Browser browser, String veldId, String iso) {
        typDatum(browser, veldId, 0, iso);
    }

    /** Types into the form field (input or textarea) whose id ends with veldId, once the form lets the user type. */
    static void typ(Browser browser, String veldId, String tekst) {
        By veld = By.cssSelector("input[id$='" + veldId + "'], textarea[id$='" + veldId + "']");
        WebElement element = browser.wacht(d -> d.findElement(veld).isEnabled() ? d.findElement(veld) : null);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.sendKeys(tekst);
    }

    static void assertVoltooienAan(Browser browser, String wanneer) {
        try {
            browser.wacht(d -> d.findElement(By.cssSelector("button[ng-click='complete()']")).isEnabled());
        } catch (RuntimeException e) {
            throw new AssertionError("Voltooien is uit " + wanneer, e);
        }
    }

    /**
     * A screenshot, then: no English stock text on the page (text, placeholders, labels, tooltips), nothing wider
     * than the window or beyond the form's right edge, no console error, and a due date on every task in the list.
     */
    static void controleer(Browser browser, String naam) throws Exception {
        browser.schermafdruk(naam);
        String tekst = (String) browser.driver().executeScript(
                "const t = [document.body.innerText];"
                        + "document.querySelectorAll('[placeholder],[aria-label],[title],[uib-tooltip]').forEach(e => {"
                        + " if (e.offsetParent !== null || e === document.activeElement) t.push("
                        + " e.getAttribute('placeholder') || '', e.getAttribute('aria-label') || '',"
                        + " e.getAttribute('title') || '', e.getAttribute('uib-tooltip') || ''); });"
                        + "return t.join('\\n');");
        for (String engels : ENGELSE_TEKSTEN) {
            assertThat(tekst).as("Engelse tekst '" + engels + "' op " + naam)
                    .doesNotContainPattern("(?m)(^|[^\\p{L}-])" + engels + "([^\\p{L}-]|$)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> maten = (Map<String, Object>) browser.driver().executeScript(
                "const f = document.querySelector('[cam-tasklist-form] .fjs-container');"
                        + "const over = f ? [...f.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1"
                        + " && getComputedStyle(e).overflowX !== 'visible' || e.getBoundingClientRect().right > "
                        + "f.getBoundingClientRect().right + 1).filter(e => e.offsetWidth > 0"
                        + " && getComputedStyle(e).opacity !== '0').map(e => e.className || e.tagName).slice(0, 5) : [];"
                        + "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,"
                        + " over: over.join(' | '), "
                        + " hoog: f ? [...f.querySelectorAll('.fjs-input-group, .fjs-select-display')]"
                        + ".filter(e => e.scrollHeight > e.clientHeight + 1).map(e => e.innerText).join(' | ') : '',"
                        + " zonderVervaldatum: [...document.querySelectorAll('.tasks-list li.task')]"
                        + ".filter(t => !t.querySelector('.due-date') || !t.querySelector('.due-date').innerText.trim())"
                        + ".map(t => t.innerText.split('\\n').slice(0, 2).join(' ')).join(' | ')};");
        assertThat(((Number) maten.get("scroll")).longValue()).as("pagina breder dan het venster: " + naam)
                .isLessThanOrEqualTo(((Number) maten.get("client")).longValue());
        assertThat((String) maten.get("over")).as("elementen buiten het formulier op " + naam).isEmpty();
        assertThat((String) maten.get("hoog")).as("tekst die uit zijn invoervak loopt op " + naam).isEmpty();
        assertThat((String) maten.get("zonderVervaldatum")).as("taken zonder vervaldatum in de lijst op " + naam).isEmpty();
        assertThat(browser.consolefouten()).as("fouten in de console van de browser op " + naam)
                .filteredOn(fout -> TOEGESTANE_CONSOLEFOUTEN.stream().noneMatch(p -> p.matcher(fout).matches()))
                .isEmpty();
    }

    /** A surname no other test uses, so a search in a group's list finds this case only. */
    static String uniekeNaam(String basis) {
        StringBuilder naam = new StringBuilder(basis);
        for (int i = 0; i < 5; i++) {
            naam.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return naam.toString();
    }
}
