package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the Dutch texts and settings that the application puts over the Camunda webapps
 * (Tasklist, Cockpit, Admin, Welcome) under {@code META-INF/resources/webjars/camunda/app/<app>/}.
 * <p>
 * The English label file comes from the camunda-webapp-webjar on the test classpath, so a new
 * Camunda version with new labels makes this test list exactly the keys that still need a Dutch
 * text. No Spring context: plain classpath reading and Jackson.
 */
class WebappVertalingTest {

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    private static final Pattern NL_AVAILABLE =
            Pattern.compile("availableLocales\\s*:\\s*\\[[^\\]]*['\"]nl['\"][^\\]]*]");
    private static final Pattern NL_FALLBACK = Pattern.compile("fallbackLocale\\s*:\\s*['\"]nl['\"]");
    private static final Pattern EOL_BANNER_HIDDEN =
            Pattern.compile("\\.ce-eol-banner\\s*(,[^{]*)?\\{[^}]*display\\s*:\\s*none");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasADutchTextWithTheSamePlaceholders(String app) throws IOException {
        JsonNode en = parse(webjarResource(app, "locales/en.json"));
        byte[] nlBytes = read(ownResource(app, "locales/nl.json"));
        assertThat(startsWithBom(nlBytes)).as("%s/locales/nl.json starts with a UTF-8 byte-order mark", app).isFalse();
        JsonNode nl = json.readTree(new String(nlBytes, StandardCharsets.UTF_8));

        JsonNode enLabels = en.path("labels");
        JsonNode nlLabels = nl.path("labels");
        assertThat(enLabels.size()).as("labels in the webjar's %s/locales/en.json", app).isPositive();

        List<String> missing = new ArrayList<>();
        List<String> lostPlaceholders = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = enLabels.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> label = it.next();
            String key = label.getKey();
            JsonNode dutch = nlLabels.get(key);
            if (dutch == null || !dutch.isTextual() || dutch.asText().isBlank()) {
                missing.add(key);
                continue;
            }
            Set<String> absent = new LinkedHashSet<>(placeholders(label.getValue().asText()));
            absent.removeAll(placeholders(dutch.asText()));
            if (!absent.isEmpty()) {
                lostPlaceholders.add(key + " " + absent);
            }
        }
        List<String> unknown = new ArrayList<>();
        nlLabels.fieldNames().forEachRemaining(key -> {
            if (!enLabels.has(key)) {
                unknown.add(key);
            }
        });

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(missing).as("%s: keys of en.json labels without a Dutch text in nl.json", app).isEmpty();
        softly.assertThat(lostPlaceholders)
                .as("%s: Dutch labels that lost a placeholder of the English text", app).isEmpty();
        softly.assertThat(unknown).as("%s: keys in nl.json that en.json does not have (typo?)", app).isEmpty();
        if (en.has("dateLocales")) {
            List<String> dateKeys = new ArrayList<>();
            en.path("dateLocales").fieldNames().forEachRemaining(dateKeys::add);
            for (String dateKey : dateKeys) {
                softly.assertThat(nl.path("dateLocales").has(dateKey))
                        .as("%s: nl.json dateLocales.%s", app, dateKey).isTrue();
            }
            softly.assertThat(nl.path("dateLocales").path("months").size())
                    .as("%s: Dutch month names", app).isEqualTo(12);
            softly.assertThat(nl.path("dateLocales").path("weekdays").size())
                    .as("%s: Dutch day names", app).isEqualTo(7);
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configOffersDutchAndFallsBackToIt(String app) throws IOException {
        String config = new String(read(ownResource(app, "scripts/config.js")), StandardCharsets.UTF_8);
        assertThat(NL_AVAILABLE.matcher(config).find())
                .as("%s/scripts/config.js lists 'nl' in locales.availableLocales", app).isTrue();
        assertThat(NL_FALLBACK.matcher(config).find())
                .as("%s/scripts/config.js has fallbackLocale 'nl'", app).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void userStylesHideTheEndOfLifeBanner(String app) throws IOException {
        String css = new String(read(ownResource(app, "styles/user-styles.css")), StandardCharsets.UTF_8);
        String rules = CSS_COMMENT.matcher(css).replaceAll("");
        assertThat(EOL_BANNER_HIDDEN.matcher(rules).find())
                .as("%s/styles/user-styles.css sets display: none on .ce-eol-banner", app).isTrue();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private JsonNode parse(URL resource) throws IOException {
        byte[] bytes = read(resource);
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        return json.readTree(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static byte[] read(URL resource) throws IOException {
        try (InputStream in = resource.openStream()) {
            return in.readAllBytes();
        }
    }

    /** The copy shipped in the camunda-webapp-webjar jar. */
    private static URL webjarResource(String app, String file) throws IOException {
        List<URL> copies = copies(app, file);
        return copies.stream()
                .filter(url -> url.toString().contains(WEBJAR))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + APP_ROOT + app + "/" + file + " from " + WEBJAR + " on the classpath, only " + copies));
    }

    /** The application's own copy (src/main/resources), which shadows the webjar's. */
    private static URL ownResource(String app, String file) throws IOException {
        List<URL> copies = copies(app, file);
        return copies.stream()
                .filter(url -> !url.toString().contains(WEBJAR))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no own " + APP_ROOT + app + "/" + file + " on the classpath, only " + copies));
    }

    private static List<URL> copies(String app, String file) throws IOException {
        ClassLoader loader = WebappVertalingTest.class.getClassLoader();
        return Collections.list(loader.getResources(APP_ROOT + app + "/" + file));
    }
}
