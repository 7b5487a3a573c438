package nl.nazorg.monitoring;

import static nl.nazorg.beeldvorming.Leefgebied.HUISVESTING;
import static nl.nazorg.beeldvorming.Leefgebied.SCHULDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.demo.Casusverloop;
import nl.nazorg.demo.Draaiboek;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.demo.SimulatieKlok;
import nl.nazorg.melding.EersteDagsmelding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report of what the memo is for, through the real process in February 2017 (no other test reads its reports,
 * and its closed case is too young for the retention test's clean-up in 2015): a short detention whose handover began before the release with its one leefgebied arranged, and an early release whose
 * handover could only start when the person had left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UitstroomvoorbereidingRapportTest extends PostgresSpringTest {

    @Autowired Casusverloop verloop;
    @Autowired SimulatieKlok klok;
    @LocalServerPort int poort;

    private final ObjectMapper json = new ObjectMapper();
    private boolean gespeeld;

    @BeforeEach
    void speelDeCasussen() {
        if (gespeeld) {
            return;
        }
        gespeeld = true;
        Draaiboek draaiboek = new Draaiboek();
        // 18 days, expected release 21 February: the warme overdracht begins on 7 February, beside the other work
        draaiboek.op(dag(3), () -> verloop.meld(melding("UV17-KORT", "ter-peel", "GM0983", dag(3), dag(21))));
        stap(draaiboek, dag(4), () -> verloop.binnenkomst("UV17-KORT"));
        stap(draaiboek, dag(5), () -> verloop.intake("UV17-KORT", List.of(HUISVESTING)));
        stap(draaiboek, dag(5), () -> verloop.informatieblad("UV17-KORT"));
        stap(draaiboek, dag(6), () -> verloop.beeldvormingAfronden("UV17-KORT"));
        stap(draaiboek, dag(6), () -> verloop.plan("UV17-KORT", List.of(HUISVESTING), dag(14)));
        stap(draaiboek, dag(10), () -> verloop.actie("UV17-KORT", true));
        stap(draaiboek, dag(11), () -> verloop.warmeOverdracht("UV17-KORT"));
        draaiboek.op(dag(21), () -> verloop.uitDetentie("UV17-KORT", dag(21), "GM0983"));
        // expected in August, out on 14 February: the handover starts with the uit-detentiemelding, not before it
        draaiboek.op(dag(3), () -> verloop.meld(melding("UV17-VROEG", "sittard", "GM1883", dag(3), dag(3).plusMonths(6))));
        stap(draaiboek, dag(4), () -> verloop.binnenkomst("UV17-VROEG"));
        stap(draaiboek, dag(7), () -> verloop.intake("UV17-VROEG", List.of(SCHULDEN)));
        stap(draaiboek, dag(7), () -> verloop.informatieblad("UV17-VROEG"));
        stap(draaiboek, dag(10), () -> verloop.beeldvormingAfronden("UV17-VROEG"));
        draaiboek.op(dag(14), () -> verloop.uitDetentie("UV17-VROEG", dag(14), "GM1883"));
        draaiboek.speel(klok, Draaiboek.begin(dag(25)));
    }

    @AfterAll
    void echteTijd() {
        klok.terugNaarEchteTijd();
    }

    @Test
    void overdrachtEnLeefgebiedenVoorDeUitstroomPerPi() throws Exception {
        HttpResponse<String> antwoord = new ApiKlant(poort, "manager")
                .get("/api/v1/rapportages/uitstroomvoorbereiding?van=2017-01-01&tot=2017-03-31");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonNode rapport = json.readTree(antwoord.body());
        assertThat(rapport.path("kolommen")).allSatisfy(kolom -> assertThat(kolom.path("uitleg").asText()).isNotBlank());
        assertThat(rijen(rapport)).containsExactly(
                "pi|PI Ter Peel|ter-peel|1|1|100|1|1|100",
                "pi|PI Sittard|sittard|1|0|0|1|0|0",
                "pi|PI Roermond|roermond|0|0||0|0|",
                "totaal|Totaal||2|1|50|2|1|50");
    }

    @Test
    void eenCasemanagerZietAlleenZijnPi() throws Exception {
        JsonNode rapport = json.readTree(new ApiKlant(poort, "cm-sittard")
                .get("/api/v1/rapportages/uitstroomvoorbereiding?van=2017-01-01&tot=2017-03-31").body());
        assertThat(rijen(rapport)).containsExactly("pi|PI Sittard|sittard|1|0|0|1|0|0", "totaal|Totaal||1|0|0|1|0|0");
    }

    private static List<String> rijen(JsonNode rapport) {
        List<String> kolommen = rapport.path("kolommen").findValuesAsText("naam");
        return StreamSupport.stream(rapport.path("rijen").spliterator(), false)
                .map(rij -> String.join("|", kolommen.stream()
                        .map(k -> rij.path(k).isNull() || rij.path(k).isMissingNode() ? "" : rij.path(k).asText()).toList()))
                .toList();
    }

    private static void stap(Draaiboek draaiboek, LocalDate dag, BooleanSupplier stap) {
        draaiboek.op(dag, () -> assertThat(stap.getAsBoolean()).as("stap op %s", dag).isTrue());
    }

    private static LocalDate dag(int februari) {
        return LocalDate.of(2017, 2, februari);
    }

    private static EersteDagsmelding melding(String detentieId, String pi, String gemeente, LocalDate insluiting,
                                             LocalDate verwachteUitstroom) {
        return new EersteDagsmelding(detentieId, Proefpersonen.bsn(new SecureRandom()), "Jansen", "P.", LocalDate.of(1990, 5, 17),
                "M", gemeente, pi, insluiting, false, verwachteUitstroom, null);
    }
}
