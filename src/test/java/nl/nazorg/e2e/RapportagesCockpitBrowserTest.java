package nl.nazorg.e2e;

import static nl.nazorg.beeldvorming.Leefgebied.HUISVESTING;
import static nl.nazorg.beeldvorming.Leefgebied.ID_BEWIJS;
import static nl.nazorg.beeldvorming.Leefgebied.SCHULDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.demo.Casusverloop;
import nl.nazorg.demo.Draaiboek;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.demo.SimulatieKlok;
import nl.nazorg.melding.EersteDagsmelding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ketenmanager opens "Rapportages" in Cockpit and sees the figures of three cases of 2016, driven through the
 * real process, as tables and bar charts, and downloads them as CSV; a coördinator gets only their region through
 * the same plugin API. Nothing else in the test database has dates in 2016.
 */
class RapportagesCockpitBrowserTest extends PostgresSpringTest {

    private static final String PLUGIN_API = "/camunda/api/cockpit/plugin/nazorg-rapportages/default/rapportages/";

    @LocalServerPort int poort;
    @Autowired Casusverloop verloop;
    @Autowired SimulatieKlok klok;

    @AfterEach
    void echteTijd() {
        klok.terugNaarEchteTijd();
    }

    @Test
    void managerZietDeRapportagesAlsTabelEnGrafiekEnDownloadtCsv() throws Exception {
        speelDrieCasussenIn2016();

        try (RapportagesPagina pagina = RapportagesPagina.openAls(poort, "manager")) {
            pagina.toonPeriode("2016-01-01", "2016-12-31");
            Browser browser = pagina.browser();
            assertThat(pagina.rijen("informatiebladen")).containsExactly(
                    "PI Ter Peel|ter-peel|1|1|100|1",
                    "PI Sittard|sittard|1|0|0|0",
                    "PI Roermond|roermond|1|1|100|1",
                    "Totaal||3|2|67|2");
            assertThat(pagina.balken("informatiebladen")).contains(
                    "PI Ter Peel: Instroom 1", "PI Ter Peel: Infobladen 1", "PI Sittard: Infobladen 0");

            assertThat(browser.toontTekst("Aantallen uitstroom nazorgkandidaten 2016")).isTrue();
            assertThat(pagina.rijen("uitstroom")).contains(
                    "Venlo|GM0983|noord-limburg|1|0|1",
                    "Totaal Noord-Limburg||noord-limburg|1|0|1",
                    "Sittard-Geleen|GM1883|zuid-limburg|0|1|1",
                    "Roermond|GM0957|midden-limburg|1|0|1",
                    "Totaal|||2|1|3");
            assertThat(pagina.balken("uitstroom")).contains(
                    "Totaal Zuid-Limburg: Vrouw 1", "Totaal Midden-Limburg: Man 1", "Venlo: Man 1");

            assertThat(pagina.rijen("casuistiek")).contains(
                    "Casussen|2|casussen met insluiting in de periode en een afgeronde intake",
                    "Enkelvoudig|1|hulpvraag op hooguit één leefgebied",
                    "Meervoudig|1|hulpvraag op twee of meer leefgebieden");
            assertThat(pagina.balken("casuistiek")).contains(
                    "Enkelvoudig: Aantal 1", "Meervoudig: Aantal 1", "Hulpvragen huisvesting: Aantal 1");
            assertThat(pagina.balken("termijnen")).hasSize(6);
            assertThat(browser.driver().findElements(By.cssSelector("button.nazorg-csv"))).as("one per report").hasSize(6);
            pagina.schermafdruk("cockpit-2-manager-rapportages");

            assertThat(haal(browser, "informatiebladen?van=2016-01-01&tot=2016-12-31", "text/csv")).isEqualTo(Map.of(
                    "status", 200L,
                    "body", """
                            soort;pi;piCode;instroom;informatiebladen;percentage;tijdig\r
                            pi;PI Ter Peel;ter-peel;1;1;100;1\r
                            pi;PI Sittard;sittard;1;0;0;0\r
                            pi;PI Roermond;roermond;1;1;100;1\r
                            totaal;Totaal;;3;2;67;2\r
                            """,
                    "bestand", "attachment; filename=\"informatiebladen-2016-01-01-2016-12-31.csv\""));
            assertThat(haal(browser, "termijnen?van=2016-13-01&tot=2016-12-31", "application/json").get("body"))
                    .asString().contains("\"status\":400").contains("\"name\":\"van\"");

            browser.driver().manage().deleteAllCookies();
            browser.logIn("tasklist", "coord-noord");
            browser.wachtOpTekst("Kies een taak in de lijst.");
            assertThat(haal(browser, "informatiebladen?van=2016-01-01&tot=2016-12-31", "text/csv").get("body")).isEqualTo("""
                    soort;pi;piCode;instroom;informatiebladen;percentage;tijdig\r
                    pi;PI Ter Peel;ter-peel;1;1;100;1\r
                    pi;PI Sittard;sittard;0;0;;0\r
                    pi;PI Roermond;roermond;0;0;;0\r
                    totaal;Totaal;;1;1;100;1\r
                    """);
        }
    }

    /**
     * A: Ter Peel, Venlo, man: intake with two hulpvragen, informatieblad on time, beeldvorming done, released 15-02.
     * B: Sittard, Sittard-Geleen, vrouw: nothing done before her release on 01-02.
     * C: Roermond, Roermond, man: intake with one hulpvraag, informatieblad on time, beeldvorming done, released 01-03.
     */
    private void speelDrieCasussenIn2016() {
        Draaiboek draaiboek = new Draaiboek();
        draaiboek.op(dag(1, 11), () -> verloop.meld(melding("COCKPIT16-A", "ter-peel", "GM0983", "M", dag(1, 11))));
        draaiboek.op(dag(1, 12), () -> verloop.meld(melding("COCKPIT16-B", "sittard", "GM1883", "V", dag(1, 12))));
        draaiboek.op(dag(1, 13), () -> verloop.meld(melding("COCKPIT16-C", "roermond", "GM0957", "M", dag(1, 13))));
        stap(draaiboek, dag(1, 12), () -> verloop.binnenkomst("COCKPIT16-A"));
        stap(draaiboek, dag(1, 14), () -> verloop.binnenkomst("COCKPIT16-C"));
        stap(draaiboek, dag(1, 18), () -> verloop.intake("COCKPIT16-A", List.of(HUISVESTING, SCHULDEN)));
        stap(draaiboek, dag(1, 19), () -> verloop.informatieblad("COCKPIT16-A"));
        stap(draaiboek, dag(1, 20), () -> verloop.intake("COCKPIT16-C", List.of(ID_BEWIJS)));
        stap(draaiboek, dag(1, 21), () -> verloop.informatieblad("COCKPIT16-C"));
        stap(draaiboek, dag(1, 22), () -> verloop.beeldvormingAfronden("COCKPIT16-A"));
        stap(draaiboek, dag(1, 22), () -> verloop.beeldvormingAfronden("COCKPIT16-C"));
        draaiboek.op(dag(2, 1), () -> verloop.uitDetentie("COCKPIT16-B", dag(2, 1), "GM1883"));
        draaiboek.op(dag(2, 15), () -> verloop.uitDetentie("COCKPIT16-A", dag(2, 15), "GM0983"));
        draaiboek.op(dag(3, 1), () -> verloop.uitDetentie("COCKPIT16-C", dag(3, 1), "GM0957"));
        draaiboek.speel(klok, Draaiboek.begin(dag(3, 15)));
        klok.terugNaarEchteTijd();
    }

    /** A GET on the plugin API with the browser's own Cockpit session. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> haal(Browser browser, String pad, String accept) {
        return (Map<String, Object>) browser.driver().executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: arguments[1]}})
                  .then(async r => klaar({status: r.status, body: await r.text(),
                                          bestand: r.headers.get('Content-Disposition') || ''}),
                        e => klaar({status: -1, body: String(e), bestand: ''}));""", PLUGIN_API + pad, accept);
    }

    private static void stap(Draaiboek draaiboek, LocalDate dag, BooleanSupplier stap) {
        draaiboek.op(dag, () -> assertThat(stap.getAsBoolean()).as("stap op %s", dag).isTrue());
    }

    private static LocalDate dag(int maand, int dag) {
        return LocalDate.of(2016, maand, dag);
    }

    private static EersteDagsmelding melding(String detentieId, String pi, String gemeente, String geslacht, LocalDate insluiting) {
        return new EersteDagsmelding(detentieId, Proefpersonen.bsn(new SecureRandom()), "Jansen", "P.",
                LocalDate.of(1990, 5, 17), geslacht, gemeente, pi, insluiting, false, insluiting.plusMonths(6), null);
    }
}
