package nl.nazorg.monitoring;

import static nl.nazorg.beeldvorming.Leefgebied.HUISVESTING;
import static nl.nazorg.beeldvorming.Leefgebied.ID_BEWIJS;
import static nl.nazorg.beeldvorming.Leefgebied.SCHULDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.demo.Casusverloop;
import nl.nazorg.demo.Draaiboek;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.demo.SimulatieKlok;
import nl.nazorg.melding.EersteDagsmelding;
import nl.nazorg.zelfmelder.Zelfmeldermelding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports computed from a known set of cases in 2018, driven through the real processes with the clock moved
 * day by day, checked figure by figure. Nothing else in the test database has dates in 2018.
 *
 * <pre>
 * A  ter-peel  Venlo (noord)        M  in 08-01  intake 15-01 (huisvesting, schulden)  infoblad 17-01  plan 29-01 (2 acties: 1 uitgevoerd)  uit 01-03
 * B  ter-peel  Roermond (midden)    V  in 08-01  intake 25-01 (id-bewijs), te laat       infoblad 26-01, te laat        uit 01-02, vóór de plantermijn
 * C  sittard   Sittard-Geleen (zuid) M in 10-01  niets gedaan; alle termijnen verlopen in detentie                           uit 20-02
 * D  roermond  Venlo (noord)        V  in 20-12-2017 (buiten de periode)                                                   uit 10-01
 * E  roermond  Roermond (midden)    M  in 10-03  termijnen nog niet verlopen op 15-03
 * Zelfmelders: Z1 Venlo oproep 11-03, plan 20-02; Z2 Roermond oproep 26-02, plan 12-02, uitstel toegekend tot 15-04;
 *              Z3 Venlo oproep 20-03, geen plan.
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RapportagesApiTest extends PostgresSpringTest {

    private static final String PERIODE = "?van=2018-01-01&tot=2018-03-31";

    @Autowired
    Casusverloop verloop;
    @Autowired
    SimulatieKlok klok;
    @LocalServerPort
    int poort;

    private final ObjectMapper json = new ObjectMapper();

    private boolean gespeeld;

    /** Once for the class, but inside a test method: the coverage recorder only listens during one. */
    @BeforeEach
    void speelDeCasussen() {
        if (gespeeld) {
            return;
        }
        gespeeld = true;
        Draaiboek draaiboek = new Draaiboek();
        draaiboek.op(dag(2017, 12, 20), () -> verloop.meld(melding("RAP18-D", "roermond", "GM0983", "V", dag(2017, 12, 20))));
        draaiboek.op(dag(2018, 1, 8), () -> verloop.meld(melding("RAP18-A", "ter-peel", "GM0983", "M", dag(2018, 1, 8))));
        draaiboek.op(dag(2018, 1, 8), () -> verloop.meld(melding("RAP18-B", "ter-peel", "GM0957", "V", dag(2018, 1, 8))));
        stap(draaiboek, dag(2018, 1, 9), () -> verloop.binnenkomst("RAP18-A"));
        stap(draaiboek, dag(2018, 1, 9), () -> verloop.binnenkomst("RAP18-B"));
        draaiboek.op(dag(2018, 1, 10), () -> verloop.meld(melding("RAP18-C", "sittard", "GM1883", "M", dag(2018, 1, 10))));
        draaiboek.op(dag(2018, 1, 10), () -> verloop.uitDetentie("RAP18-D", dag(2018, 1, 10), "GM0983"));
        stap(draaiboek, dag(2018, 1, 15), () -> verloop.intake("RAP18-A", List.of(HUISVESTING, SCHULDEN)));
        stap(draaiboek, dag(2018, 1, 17), () -> verloop.informatieblad("RAP18-A"));
        stap(draaiboek, dag(2018, 1, 18), () -> verloop.beeldvormingAfronden("RAP18-A"));
        stap(draaiboek, dag(2018, 1, 25), () -> verloop.intake("RAP18-B", List.of(ID_BEWIJS)));
        stap(draaiboek, dag(2018, 1, 26), () -> verloop.informatieblad("RAP18-B"));
        stap(draaiboek, dag(2018, 1, 29), () -> verloop.beeldvormingAfronden("RAP18-B"));
        stap(draaiboek, dag(2018, 1, 29), () -> verloop.plan("RAP18-A", List.of(HUISVESTING, SCHULDEN), dag(2018, 2, 28)));
        draaiboek.op(dag(2018, 2, 1), () -> verloop.uitDetentie("RAP18-B", dag(2018, 2, 1), "GM0957"));
        stap(draaiboek, dag(2018, 2, 10), () -> verloop.actie("RAP18-A", true));
        stap(draaiboek, dag(2018, 2, 12), () -> verloop.actie("RAP18-A", false));
        draaiboek.op(dag(2018, 2, 20), () -> verloop.uitDetentie("RAP18-C", dag(2018, 2, 20), "GM1883"));
        draaiboek.op(dag(2018, 3, 1), () -> verloop.uitDetentie("RAP18-A", dag(2018, 3, 1), "GM0983"));
        draaiboek.op(dag(2018, 3, 10), () -> verloop.meld(melding("RAP18-E", "roermond", "GM0957", "M", dag(2018, 3, 10))));

        draaiboek.op(dag(2018, 1, 29), () -> verloop.meld(zelfmelder("RAP18-Z1", "GM0983", dag(2018, 3, 11))));
        draaiboek.op(dag(2018, 1, 29), () -> verloop.meld(zelfmelder("RAP18-Z2", "GM0957", dag(2018, 2, 26))));
        draaiboek.op(dag(2018, 1, 29), () -> verloop.meld(zelfmelder("RAP18-Z3", "GM0983", dag(2018, 3, 20))));
        for (String id : List.of("RAP18-Z1", "RAP18-Z2", "RAP18-Z3")) {
            stap(draaiboek, dag(2018, 1, 30), () -> verloop.screening(id));
            draaiboek.op(dag(2018, 2, 2), () -> verloop.reactieZelfmelder(id));
        }
        stap(draaiboek, dag(2018, 2, 12), () -> verloop.planVanAanpak("RAP18-Z2", true));
        stap(draaiboek, dag(2018, 2, 20), () -> verloop.planVanAanpak("RAP18-Z1", false));
        draaiboek.op(dag(2018, 2, 19), () -> verloop.uitstelbesluit("RAP18-Z2", true, dag(2018, 4, 15)));
        draaiboek.speel(klok, Draaiboek.begin(dag(2018, 3, 15)));
    }

    @AfterAll
    void echteTijd() {
        klok.terugNaarEchteTijd();
    }

    @Test
    void informatiebladenPerPiMetTotaal() throws Exception {
        JsonNode rapport = lees("manager", "/api/v1/rapportages/informatiebladen" + PERIODE);
        assertThat(rapport.path("van").asText()).isEqualTo("2018-01-01");
        assertThat(rijen(rapport)).containsExactly(
                "pi|PI Ter Peel|ter-peel|2|2|100|1",
                "pi|PI Sittard|sittard|1|0|0|0",
                "pi|PI Roermond|roermond|1|0|0|0",
                "totaal|Totaal||4|2|50|1");
    }

    @Test
    void uitstroomPerGemeenteMetSubtotalenPerRegio() throws Exception {
        List<String> rijen = rijen(lees("manager", "/api/v1/rapportages/uitstroom?jaar=2018"));
        assertThat(rijen).contains(
                "gemeente|Venlo|GM0983|noord-limburg|1|1|2",
                "gemeente|Venray|GM0984|noord-limburg|0|0|0",
                "subtotaal|Totaal Noord-Limburg||noord-limburg|1|1|2",
                "gemeente|Roermond|GM0957|midden-limburg|0|1|1",
                "subtotaal|Totaal Midden-Limburg||midden-limburg|0|1|1",
                "gemeente|Sittard-Geleen|GM1883|zuid-limburg|1|0|1",
                "subtotaal|Totaal Zuid-Limburg||zuid-limburg|1|0|1");
        assertThat(rijen).hasSize(31 + 3 + 1).last().isEqualTo("totaal|Totaal|||2|2|4");
        assertThat(rijen.get(0)).startsWith("gemeente|Venlo|");
    }

    @Test
    void termijnenTellenAlleenWaarDeTermijnGold() throws Exception {
        // Warnings two working days before each deadline, at once when that moment had passed at the melding; none for
        // bekendheid, whose two working days are no longer than the warning. Contact (Fri 12-01) and afstemmen (Mon
        // 15-01) done before theirs; B for intake and informatieblad on Thu 18-01, done late; A did those before 18-01
        // and the plan before Thu 01-02 (B's plan warning of 01-02 does not count: B left before the plan's deadline).
        // C (in Wed 10-01, nothing done) for every termijn but bekendheid; E's other deadlines had not passed on 15-03.
        assertThat(rijen(lees("manager", "/api/v1/rapportages/termijnen" + PERIODE))).containsExactly(
                "bekendheid|Bekendheid beoordeeld (1c) binnen de ingestelde werkdagen na insluiting|4|2|50|1|1|0|0",
                "contact|Contact met de regievoerder gelegd (1e) binnen de ingestelde werkdagen na insluiting|3|2|67|1|1|1|0",
                "afstemmen|Proces afgestemd (1f) binnen de ingestelde werkdagen na insluiting|3|2|67|1|1|1|0",
                "intake|Intakegesprek binnen 2 weken na insluiting|3|1|33|7|17|2|0",
                "informatieblad|Informatieblad gedeeld binnen 10 werkdagen na insluiting|3|1|33|9|18|2|0",
                "plan|D&R-plan vastgesteld binnen 4 weken na insluiting|2|1|50|21|21|1|0");
    }

    @Test
    void casuistiekEnkelvoudigMeervoudigHulpvragenEnActies() throws Exception {
        assertThat(rijen(lees("manager", "/api/v1/rapportages/casuistiek" + PERIODE)))
                .containsExactly("2|1|1|1|1|0|1|0|0|0|2|1|50");
    }

    @Test
    void zelfmeldersMetPlanVoorDeOproepdatum() throws Exception {
        assertThat(rijen(lees("manager", "/api/v1/rapportages/zelfmelders?van=2018-01-01&tot=2018-06-30")))
                .containsExactly("3|2|67|1|1|0");
    }

    @Test
    void csvHeeftDezelfdeCijfersAlsJson() {
        HttpResponse<String> csv = api("manager").getMet("/api/v1/rapportages/informatiebladen" + PERIODE, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("informatiebladen-2018-01-01-2018-03-31.csv");
        assertThat(csv.body()).isEqualTo("""
                soort;pi;piCode;instroom;informatiebladen;percentage;tijdig\r
                pi;PI Ter Peel;ter-peel;2;2;100;1\r
                pi;PI Sittard;sittard;1;0;0;0\r
                pi;PI Roermond;roermond;1;0;0;0\r
                totaal;Totaal;;4;2;50;1\r
                """);
        assertThat(api("manager").getMet("/api/v1/rapportages/uitstroom?jaar=2018", "text/csv").body())
                .contains("gemeente;Venlo;GM0983;noord-limburg;1;1;2\r\n")
                .endsWith("totaal;Totaal;;;2;2;4\r\n");
        assertThat(api("manager").getMet("/api/v1/rapportages/zelfmelders?van=2018-01-01&tot=2018-06-30", "text/csv").body())
                .isEqualTo("aantal;metPlanVoorOproepdatum;percentage;uitstelAangevraagd;uitstelToegekend;planNietVoorOproepdatum\r\n3;2;67;1;1;0\r\n");
    }

    @Test
    void eenCoordinatorZietAlleenZijnRegio() throws Exception {
        assertThat(rijen(lees("coord-noord", "/api/v1/rapportages/informatiebladen" + PERIODE))).containsExactly(
                "pi|PI Ter Peel|ter-peel|1|1|100|1",
                "pi|PI Sittard|sittard|0|0||0",
                "pi|PI Roermond|roermond|0|0||0",
                "totaal|Totaal||1|1|100|1");
        List<String> uitstroom = rijen(lees("coord-noord", "/api/v1/rapportages/uitstroom?jaar=2018"));
        assertThat(uitstroom).hasSize(8 + 1 + 1).contains("subtotaal|Totaal Noord-Limburg||noord-limburg|1|1|2")
                .last().isEqualTo("totaal|Totaal|||1|1|2");
        assertThat(uitstroom).noneMatch(r -> r.contains("midden-limburg") || r.contains("zuid-limburg"));
        assertThat(rijen(lees("coord-midden", "/api/v1/rapportages/zelfmelders?van=2018-01-01&tot=2018-06-30")))
                .containsExactly("1|1|100|1|1|0");
    }

    @Test
    void eenCasemanagerZietZijnPi() throws Exception {
        assertThat(rijen(lees("cm-sittard", "/api/v1/rapportages/informatiebladen" + PERIODE))).containsExactly(
                "pi|PI Sittard|sittard|1|0|0|0",
                "totaal|Totaal||1|0|0|0");
    }

    @Test
    void wieGeenRegioOfPiHeeftKrijgtGeenCijfers() {
        HttpResponse<String> antwoord = api("reclassering").get("/api/v1/rapportages/termijnen" + PERIODE);
        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void fouteDatumsNoemenHetVeld() throws Exception {
        HttpResponse<String> antwoord = api("manager").get("/api/v1/rapportages/termijnen?van=2018-13-01&tot=gisteren");
        assertThat(antwoord.statusCode()).isEqualTo(400);
        JsonNode probleem = json.readTree(antwoord.body());
        assertThat(probleem.path("invalidParams").findValuesAsText("name")).containsExactly("van", "tot");
        HttpResponse<String> omgekeerd = api("manager").get("/api/v1/rapportages/casuistiek?van=2018-03-01&tot=2018-01-01");
        assertThat(json.readTree(omgekeerd.body()).path("invalidParams").findValuesAsText("name")).containsExactly("tot");
        HttpResponse<String> jaar = api("manager").get("/api/v1/rapportages/uitstroom?jaar=20x8");
        assertThat(jaar.statusCode()).isEqualTo(400);
        assertThat(json.readTree(jaar.body()).path("invalidParams").findValuesAsText("name")).containsExactly("jaar");
        assertThat(api(null).get("/api/v1/rapportages/termijnen").statusCode()).isEqualTo(401);
    }

    @Test
    void elkeKolomZegtWatHijTelt() throws Exception {
        for (String rapportage : List.of("informatiebladen", "uitstroom", "termijnen", "casuistiek", "zelfmelders",
                "uitstroomvoorbereiding")) {
            JsonNode rapport = lees("manager", "/api/v1/rapportages/" + rapportage);
            assertThat(rapport.path("titel").asText()).isNotBlank();
            assertThat(rapport.path("kolommen")).isNotEmpty().allSatisfy(kolom -> {
                assertThat(kolom.path("titel").asText()).isNotBlank();
                assertThat(kolom.path("uitleg").asText()).isNotBlank();
            });
        }
    }

    private JsonNode lees(String gebruiker, String pad) throws Exception {
        HttpResponse<String> antwoord = api(gebruiker).get(pad);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return json.readTree(antwoord.body());
    }

    /** Each row as its values in column order joined by '|', empty for none. */
    private static List<String> rijen(JsonNode rapport) {
        List<String> kolommen = rapport.path("kolommen").findValuesAsText("naam");
        return java.util.stream.StreamSupport.stream(rapport.path("rijen").spliterator(), false)
                .map(rij -> String.join("|", kolommen.stream()
                        .map(k -> rij.path(k).isNull() || rij.path(k).isMissingNode() ? "" : rij.path(k).asText()).toList()))
                .toList();
    }

    /** A step that must find its task: a scenario that silently skipped one would test nothing. */
    private static void stap(Draaiboek draaiboek, LocalDate dag, BooleanSupplier stap) {
        draaiboek.op(dag, () -> assertThat(stap.getAsBoolean()).as("stap op %s", dag).isTrue());
    }

    private ApiKlant api(String gebruiker) {
        return new ApiKlant(poort, gebruiker);
    }

    private static LocalDate dag(int jaar, int maand, int dag) {
        return LocalDate.of(jaar, maand, dag);
    }

    private static EersteDagsmelding melding(String detentieId, String pi, String gemeente, String geslacht, LocalDate insluiting) {
        return new EersteDagsmelding(detentieId, Proefpersonen.bsn(new SecureRandom()), "Jansen", "P.", LocalDate.of(1990, 5, 17), geslacht, gemeente, pi,
                insluiting, false, insluiting.plusMonths(6), null);
    }

    private static Zelfmeldermelding zelfmelder(String id, String gemeente, LocalDate oproep) {
        return new Zelfmeldermelding(id, Proefpersonen.bsn(new SecureRandom()), "de Vries", "K.", LocalDate.of(1985, 2, 11), "V", gemeente, oproep);
    }
}
