package nl.nazorg.monitoring;

import static nl.nazorg.beeldvorming.Leefgebied.HUISVESTING;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.demo.Casusverloop;
import nl.nazorg.demo.Draaiboek;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.demo.SimulatieKlok;
import nl.nazorg.melding.EersteDagsmelding;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reports reuse what they counted per month, and never a month that changed: by a process step in the past, or by
 * the date alone (a deadline that passed). Each test has its own year that no other test uses (2009–2011), with two cases in
 * Ter Peel driven through the real process with the clock moved.
 */
class MaandcacheTest extends PostgresSpringTest {

    @Autowired
    Casusverloop verloop;
    @Autowired
    SimulatieKlok klok;
    @Autowired
    Maandcache maandcache;
    @LocalServerPort
    int poort;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void echteTijdEnGeenTimersUitHetVerleden() {
        klok.terugNaarEchteTijd();
        runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("MC%").list()
                .forEach(proces -> runtime.deleteProcessInstance(proces.getId(), "einde test: geen timers voor latere tests"));
    }

    @Test
    void eenTweedeVraagOverHetJaarTeltNietsOpnieuw() throws Exception {
        speelTweeCasussen(2009);
        String pad = "/api/v1/rapportages/informatiebladen?van=2009-01-01&tot=2009-12-31";
        JsonNode eerste = lees(pad);

        long[] voor = maandcache.hergebruiktEnGeteld();
        JsonNode tweede = lees(pad);
        long[] na = maandcache.hergebruiktEnGeteld();

        assertThat(tweede.path("rijen")).isEqualTo(eerste.path("rijen"));
        assertThat(na[0] - voor[0]).as("maanden uit de cache").isEqualTo(12);
        assertThat(na[1] - voor[1]).as("maanden opnieuw geteld").isZero();
        assertThat(terPeel(tweede).path("instroom").asLong()).isEqualTo(2);
    }

    @Test
    void eenStapInEenOudeMaandTeltDieMaandOpnieuw() throws Exception {
        speelTweeCasussen(2010);
        String pad = "/api/v1/rapportages/informatiebladen?van=2010-01-01&tot=2010-12-31";
        assertThat(terPeel(lees(pad)).path("informatiebladen").asLong()).isZero();

        // May 2010: the informatieblad of the March case, long after its deadline
        assertThat(verloop.informatieblad("MC10-1")).isTrue();
        klok.tot(klok.nu());
        long[] voor = maandcache.hergebruiktEnGeteld();
        JsonNode rapport = lees(pad);
        long[] na = maandcache.hergebruiktEnGeteld();

        assertThat(terPeel(rapport).path("informatiebladen").asLong()).isEqualTo(1);
        assertThat(terPeel(rapport).path("tijdig").asLong()).isZero();
        assertThat(na[1] - voor[1]).as("alleen maart opnieuw geteld").isEqualTo(1);
        assertThat(na[0] - voor[0]).isEqualTo(11);
    }

    @Test
    void eenVerlopenTermijnTeltDeVolgendeDagMee() throws Exception {
        speelTweeCasussen(2011);
        String pad = "/api/v1/rapportages/termijnen?van=2011-01-01&tot=2011-12-31";
        // 10 May: the intake of the March case done in time; that of 2 May is due on 16 May
        assertThat(intake(lees(pad))).isEqualTo("1|1");

        klok.tot(Draaiboek.begin(LocalDate.of(2011, 5, 17)));
        assertThat(intake(lees(pad))).as("16 May has passed, the person is still detained").isEqualTo("2|1");
    }

    /** MC<jj>-1: in 7 March, intake 10 March; MC<jj>-2: in 2 May, nothing done. The clock stops at 10 May. */
    private void speelTweeCasussen(int jaar) {
        String een = "MC" + jaar % 100 + "-1";
        String twee = "MC" + jaar % 100 + "-2";
        Draaiboek draaiboek = new Draaiboek();
        draaiboek.op(LocalDate.of(jaar, 3, 7), () -> verloop.meld(melding(een, "M", LocalDate.of(jaar, 3, 7))));
        draaiboek.op(LocalDate.of(jaar, 3, 8), () -> assertThat(verloop.binnenkomst(een)).isTrue());
        draaiboek.op(LocalDate.of(jaar, 3, 10), () -> assertThat(verloop.intake(een, List.of(HUISVESTING))).isTrue());
        draaiboek.op(LocalDate.of(jaar, 5, 2), () -> verloop.meld(melding(twee, "V", LocalDate.of(jaar, 5, 2))));
        draaiboek.speel(klok, Draaiboek.begin(LocalDate.of(jaar, 5, 10)));
    }

    private JsonNode lees(String pad) throws Exception {
        HttpResponse<String> antwoord = new ApiKlant(poort, "manager").get(pad);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return json.readTree(antwoord.body());
    }

    private static JsonNode terPeel(JsonNode rapport) {
        for (JsonNode rij : rapport.path("rijen")) {
            if ("ter-peel".equals(rij.path("piCode").asText())) {
                return rij;
            }
        }
        throw new AssertionError("Geen rij voor Ter Peel in " + rapport);
    }

    /** aantal|tijdig of the intake deadline. */
    private static String intake(JsonNode rapport) {
        for (JsonNode rij : rapport.path("rijen")) {
            if ("intake".equals(rij.path("termijn").asText())) {
                return rij.path("aantal").asText() + "|" + rij.path("tijdig").asText();
            }
        }
        throw new AssertionError("Geen rij voor de intake in " + rapport);
    }

    private static EersteDagsmelding melding(String detentieId, String geslacht, LocalDate insluiting) {
        return new EersteDagsmelding(detentieId, Proefpersonen.bsn(new SecureRandom()), "Jansen", "P.",
                LocalDate.of(1990, 5, 17), geslacht, "GM0983", "ter-peel", insluiting, false, insluiting.plusMonths(6), null);
    }
}
