package nl.nazorg.e2e;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium; nothing is downloaded. Outside CI a machine without
 * Chromium skips the browser tests with a message; in CI (CI=true) a missing browser is a failure.
 */
final class Browser implements AutoCloseable {

    /** The demo users' password. */
    private static final String WACHTWOORD = "demo";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots");
    private static final Pattern FILTER = Pattern.compile("[?&]filter=([^&]+)");
    private static final Pattern TAAK_IN_ADRES = Pattern.compile("[?&]task=([^&]+)");

    private final ChromeDriver driver;
    private final String basis;

    private Browser(ChromeDriver driver, String basis) {
        this.driver = driver;
        this.basis = basis;
    }

    static Browser start(int poort) throws IOException {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!aanwezig && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Browsertests overgeslagen: installeer Debian's chromium en chromium-driver (apt-get install -y chromium chromium-driver)");
        }
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,1600", "--lang=nl-NL",
                "--user-data-dir=" + Files.createTempDirectory("nazorg-chromium"));
        opties.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        // goog:loggingPrefs: the page's console, so tests can fail on its errors (consolefouten()).
        LoggingPreferences logboeken = new LoggingPreferences();
        logboeken.enable(LogType.BROWSER, Level.ALL);
        opties.setCapability(ChromeOptions.LOGGING_PREFS, logboeken);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, opties);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver, "http://localhost:" + poort);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String pad) {
        driver.get(basis + pad);
    }

    /**
     * Logs in on the webapps' own login page. The page may still be drawn anew while typing (Chromium once put the
     * password into the name field), so both fields are typed until they hold what was meant, then the form is sent.
     */
    void logIn(String app, String gebruiker) {
        toonInlogpagina(app);
        meldAan(gebruiker);
    }

    void toonInlogpagina(String app) {
        open("/camunda/app/" + app + "/default/");
        wacht(d -> d.findElement(By.cssSelector("form[name='signinForm']")));
    }

    /** Fills and sends the login form that is shown. */
    void meldAan(String gebruiker) {
        By naamVeld = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
        By wachtwoordVeld = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
        wacht(d -> {
            vulIn(d.findElement(naamVeld), gebruiker);
            vulIn(d.findElement(wachtwoordVeld), WACHTWOORD);
            return gebruiker.equals(d.findElement(naamVeld).getDomProperty("value"))
                    && WACHTWOORD.equals(d.findElement(wachtwoordVeld).getDomProperty("value")) ? true : null;
        });
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    private static void vulIn(WebElement veld, String waarde) {
        if (!waarde.equals(veld.getDomProperty("value"))) {
            veld.sendKeys(Keys.chord(Keys.CONTROL, "a"), waarde);
        }
    }

    /** Ends the session of the user who is logged in: the browser forgets its cookies. */
    void meldAf() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    /** The page's console errors (SEVERE) since the last call; Chromium hands each entry out once. */
    List<String> consolefouten() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(regel -> regel.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Waits up to 30 s; when in vain, the page as it was is saved as target/screenshots/vergeefs-gewacht-*.png. */
    <T> T wacht(Function<WebDriver, T> voorwaarde) {
        try {
            // Polled every 100 ms (Selenium's default is 500 ms): a whole case waits some hundred times.
            return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                    .ignoring(RuntimeException.class).until(voorwaarde);
        } catch (TimeoutException e) {
            try {
                schermafdruk("vergeefs-gewacht-" + System.currentTimeMillis());
            } catch (IOException | RuntimeException schermafdrukMislukt) {
                e.addSuppressed(schermafdrukMislukt);
            }
            throw e;
        }
    }

    WebElement wachtOpTekst(String tekst) {
        return wacht(d -> d.findElements(By.xpath("//*[contains(normalize-space(.), " + xpathTekst(tekst) + ")]"))
                .stream().filter(WebElement::isDisplayed).reduce((eerste, tweede) -> tweede).orElse(null));
    }

    /**
     * Searches the selected Tasklist filter for the tasks of the person with this name, as a person does (Tasklist's
     * search on the process variable achternaam): a group's list may hold many more tasks than one page shows. The
     * page is loaded anew with the search, so no earlier list is read. Returns how many tasks the search shows.
     */
    int zoekTakenVan(String naam) {
        String zoekvraag = URLEncoder.encode("[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + naam
                + "\",\"name\":\"achternaam\"}]", StandardCharsets.UTF_8).replace("+", "%20");
        Matcher filter = wacht(d -> {
            Matcher gevonden = FILTER.matcher(d.getCurrentUrl());
            return gevonden.find() ? gevonden : null;
        });
        driver.get("about:blank");
        driver.get(basis + "/camunda/app/tasklist/default/#/?filter=" + filter.group(1) + "&searchQuery=" + zoekvraag);
        wacht(d -> !d.findElements(By.cssSelector("li.task")).isEmpty() || toontTekst("Geen taken gevonden") ? true : null);
        return driver.findElements(By.cssSelector("li.task")).size();
    }

    /** Opens the task of the person with this name in the selected filter: searched, the list holds that case only. */
    void openTaakVan(String naam) {
        int taken = zoekTakenVan(naam);
        if (taken == 0 || taken > 3) {
            throw new IllegalStateException("Zoeken op " + naam + " gaf " + taken + " taken");
        }
        wacht(d -> d.findElement(By.cssSelector("li.task h4 a"))).click();
    }

    /**
     * Opens the task with this name of the person with this name in the selected filter, searched as above, and waits
     * until its form is shown. Returns the task's id, from the address.
     */
    String openTaak(String naam, String taaknaam) {
        if (zoekTakenVan(naam) == 0) {
            throw new IllegalStateException("Zoeken op " + naam + " gaf geen taken");
        }
        klik(By.xpath("//li[contains(@class,'task')]//h4/a[normalize-space(.)=" + xpathTekst(taaknaam) + "]"));
        wacht(d -> d.findElement(By.cssSelector("button[ng-click='claim()']")));
        wacht(d -> d.findElement(By.cssSelector("[cam-tasklist-form] .fjs-container")));
        return wacht(d -> {
            Matcher gevonden = TAAK_IN_ADRES.matcher(d.getCurrentUrl());
            return gevonden.find() ? gevonden.group(1) : null;
        });
    }

    void klik(By selector) {
        WebElement element = wacht(d -> {
            WebElement gevonden = d.findElement(selector);
            return gevonden.isDisplayed() && gevonden.isEnabled() ? gevonden : null;
        });
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Ticks a checkbox of a form and waits until the form shows it ticked. */
    void vinkAan(By selector) {
        WebElement vakje = wacht(d -> d.findElement(selector).isEnabled() ? d.findElement(selector) : null);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", vakje);
        vakje.sendKeys(Keys.SPACE);
        wacht(d -> d.findElement(selector).isSelected());
    }

    /** Claims the open task in Tasklist and waits until the form is the user's to fill. */
    void claim() {
        klik(By.cssSelector("button[ng-click='claim()']"));
        wacht(d -> d.findElements(By.cssSelector("button[ng-click='claim()']")).isEmpty());
    }

    boolean toontTekst(String tekst) {
        return driver.findElements(By.xpath("//*[contains(normalize-space(.), " + xpathTekst(tekst) + ")]"))
                .stream().anyMatch(WebElement::isDisplayed);
    }

    Path schermafdruk(String naam) throws IOException {
        Path doel = SCHERMAFDRUKKEN.resolve(naam + ".png");
        Files.createDirectories(doel.getParent());
        Files.write(doel, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return doel;
    }

    private static String xpathTekst(String tekst) {
        return tekst.contains("'") ? "\"" + tekst + "\"" : "'" + tekst + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
