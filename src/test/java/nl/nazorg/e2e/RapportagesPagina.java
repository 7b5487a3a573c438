package nl.nazorg.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;

/** Cockpit's "Rapportages" page in the browser, for the tests that check what a manager sees there. */
public final class RapportagesPagina implements AutoCloseable {

    private static final List<String> RAPPORTAGES = List.of("informatiebladen", "uitstroom", "termijnen", "casuistiek",
            "zelfmelders", "uitstroomvoorbereiding");

    private final Browser browser;

    private RapportagesPagina(Browser browser) {
        this.browser = browser;
    }

    /** Logs in to Cockpit and opens the page through its menu entry. */
    public static RapportagesPagina openAls(int poort, String gebruiker) throws IOException {
        Browser browser = Browser.start(poort);
        browser.logIn("cockpit", gebruiker);
        browser.klik(By.linkText("Rapportages"));
        browser.wachtOpTekst("Rapportages nazorg");
        return new RapportagesPagina(browser);
    }

    /** Chooses the period and waits until every report shows it. */
    public void toonPeriode(String van, String tot) {
        browser.driver().executeScript("""
                document.getElementById('nazorg-van').value = arguments[0];
                document.getElementById('nazorg-tot').value = arguments[1];""", van, tot);
        browser.klik(By.xpath("//form[contains(@class,'nazorg-periodekeuze')]//button[@type='submit']"));
        browser.wacht(d -> d.findElement(By.xpath(
                "//section[@id='nazorg-informatiebladen']//p[contains(., '" + van + " t/m " + tot + "')]")));
        for (String rapportage : RAPPORTAGES) {
            browser.wacht(d -> d.findElement(By.cssSelector("#nazorg-" + rapportage + " table")));
        }
    }

    /** The table rows of a report, their cells joined by '|'. */
    public List<String> rijen(String rapportage) {
        return browser.driver().findElements(By.cssSelector("#nazorg-" + rapportage + " table tbody tr")).stream()
                .map(rij -> String.join("|", rij.findElements(By.tagName("td")).stream()
                        .map(cel -> cel.getAttribute("textContent").trim()).toList()))
                .toList();
    }

    /** What each bar of a report's charts says it shows. */
    public List<String> balken(String rapportage) {
        return browser.driver().findElements(By.cssSelector("#nazorg-" + rapportage + " .nazorg-balk")).stream()
                .map(balk -> balk.getAttribute("title")).toList();
    }

    public Path schermafdruk(String naam) throws IOException {
        return browser.schermafdruk(naam);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
    }
}
