package nl.nazorg.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.demo.Draaiboek;
import nl.nazorg.demo.Jaarsimulatie;
import nl.nazorg.demo.MemoCijfers;
import nl.nazorg.demo.SimulatieKlok;
import nl.nazorg.e2e.RapportagesPagina;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The memo's own tables as the acceptance test of the reports: 953 people in 2020 with the PIs and informatiebladen
 * of Bijlage 1 and the gemeenten and man/vrouw of Bijlage 2, driven through the real process (melding, tasks,
 * async steps, timers, uit-detentiemelding), give reports equal to those tables. 67 of them were detained in
 * late 2019, so 886 count as instroom in 2020 and all 953 as uitstroom. It shares the other tests' application
 * context (mail through GreenMail included): a context of its own would register a second engine "default" in the
 * JVM, which the webapps of the shared context then use.
 * The manager then sees the same tables on Cockpit's Rapportages page.
 */
class BijlagenRapportageTest extends PostgresSpringTest {

    @Autowired
    Jaarsimulatie simulatie;
    @Autowired
    SimulatieKlok klok;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int poort;

    @AfterEach
    void echteTijd() {
        klok.terugNaarEchteTijd();
    }

    @Test
    void rapportagesGelijkAanBijlage1En2() throws Exception {
        long begin = System.nanoTime();
        Draaiboek draaiboek = new Draaiboek();
        SplittableRandom toeval = new SplittableRandom(2020);
        simulatie.voegToe(draaiboek, personen2020(toeval), Jaarsimulatie.Diepte.TOT_UITSTROOM, toeval);
        draaiboek.speel(klok, Draaiboek.begin(LocalDate.of(2021, 1, 15)));
        System.out.printf("Bijlagen 2020: %d stappen van 953 casussen door het proces in %d s%n", draaiboek.aantalStappen(),
                (System.nanoTime() - begin) / 1_000_000_000);

        List<String> bijlage1 = List.of(
                "pi|PI Ter Peel|ter-peel|502|124|25",
                "pi|PI Sittard|sittard|193|189|98",
                "pi|PI Roermond|roermond|191|55|29",
                "totaal|Totaal||886|368|42");
        assertThat(rijen("/api/v1/rapportages/informatiebladen?van=2020-01-01&tot=2020-12-31", 6)).isEqualTo(bijlage1);

        List<String> bijlage2 = List.of(
                "gemeente|Venlo|GM0983|noord-limburg|114|16|130",
                "gemeente|Venray|GM0984|noord-limburg|31|7|38",
                "gemeente|Peel en Maas|GM1894|noord-limburg|8|0|8",
                "gemeente|Horst aan de Maas|GM1507|noord-limburg|10|0|10",
                "gemeente|Bergen (L.)|GM0893|noord-limburg|2|0|2",
                "gemeente|Gennep|GM0907|noord-limburg|11|0|11",
                "gemeente|Mook en Middelaar|GM0944|noord-limburg|2|0|2",
                "gemeente|Beesel|GM0889|noord-limburg|2|0|2",
                "subtotaal|Totaal Noord-Limburg||noord-limburg|180|23|203",
                "gemeente|Echt-Susteren|GM1711|midden-limburg|10|1|11",
                "gemeente|Leudal|GM1640|midden-limburg|24|1|25",
                "gemeente|Nederweert|GM0946|midden-limburg|8|0|8",
                "gemeente|Weert|GM0988|midden-limburg|47|4|51",
                "gemeente|Maasgouw|GM1641|midden-limburg|11|0|11",
                "gemeente|Roerdalen|GM1669|midden-limburg|5|0|5",
                "gemeente|Roermond|GM0957|midden-limburg|62|10|72",
                "subtotaal|Totaal Midden-Limburg||midden-limburg|167|16|183",
                "gemeente|Sittard-Geleen|GM1883|zuid-limburg|84|6|90",
                "gemeente|Stein|GM0971|zuid-limburg|8|1|9",
                "gemeente|Beek|GM0888|zuid-limburg|12|0|12",
                "gemeente|Beekdaelen|GM1954|zuid-limburg|13|1|14",
                "gemeente|Brunssum|GM0899|zuid-limburg|13|7|20",
                "gemeente|Landgraaf|GM0882|zuid-limburg|32|1|33",
                "gemeente|Kerkrade|GM0928|zuid-limburg|49|10|59",
                "gemeente|Vaals|GM0981|zuid-limburg|2|0|2",
                "gemeente|Simpelveld|GM0965|zuid-limburg|0|0|0",
                "gemeente|Gulpen-Wittem|GM1729|zuid-limburg|3|0|3",
                "gemeente|Voerendaal|GM0986|zuid-limburg|4|0|4",
                "gemeente|Eijsden-Margraten|GM1903|zuid-limburg|6|0|6",
                "gemeente|Maastricht|GM0935|zuid-limburg|90|5|95",
                "gemeente|Meerssen|GM0938|zuid-limburg|7|0|7",
                "gemeente|Valkenburg aan de Geul|GM0994|zuid-limburg|11|0|11",
                "gemeente|Heerlen|GM0917|zuid-limburg|192|10|202",
                "subtotaal|Totaal Zuid-Limburg||zuid-limburg|526|41|567",
                "totaal|Totaal|||873|80|953");
        assertThat(rijen("/api/v1/rapportages/uitstroom?jaar=2020", 7)).isEqualTo(bijlage2);

        try (RapportagesPagina cockpit = RapportagesPagina.openAls(poort, "manager")) {
            cockpit.toonPeriode("2020-01-01", "2020-12-31");
            assertThat(cockpit.rijen("informatiebladen")).extracting(rij -> eerste(rij, 5))
                    .isEqualTo(bijlage1.stream().map(rij -> zonderSoort(rij)).toList());
            assertThat(cockpit.rijen("uitstroom")).isEqualTo(bijlage2.stream().map(rij -> zonderSoort(rij)).toList());
            cockpit.schermafdruk("cockpit-3-manager-bijlagen-2020");
        }

        long wachtBegin = System.nanoTime();
        await("mail of the 953 cases sent from the outbox").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(this::onverstuurdeMail, aantal -> aantal == 0);
        System.out.printf("Bijlagen 2020: uitgaande mail %d ms na de rapportages verstuurd; %d mails, naar soort %s%n",
                (System.nanoTime() - wachtBegin) / 1_000_000,
                jdbc.queryForObject("select count(*) from uitgaande_mail", Integer.class), mailsNaarSoort());
    }

    /**
     * The cases' mails (the memo's steps, and since issue 21 the deadline warnings and each overrun to the PI and the
     * regievoerder: a few thousand), waited for until the outbox is empty: they all reach GreenMail, and a test after
     * this one does not wait behind them for its own mail. GreenMail takes about 50 ms a mail here, so many are still
     * waiting when the reports have been checked; the time it took is printed.
     */
    private int onverstuurdeMail() {
        return jdbc.queryForObject("select count(*) from uitgaande_mail where verstuurd_op is null", Integer.class);
    }

    /** The outbox by kind of mail: the subject without the detention it names. */
    private java.util.Map<String, Integer> mailsNaarSoort() {
        java.util.Map<String, Integer> soorten = new java.util.TreeMap<>();
        jdbc.query("select onderwerp from uitgaande_mail", (java.sql.ResultSet rs) -> {
            soorten.merge(rs.getString(1).replaceAll("(?i) (voor )?detentie .*", "").replaceAll("BIJLAGE-\\d+", ""), 1,
                    Integer::sum);
        });
        return soorten;
    }

    private static String zonderSoort(String rij) {
        return rij.substring(rij.indexOf('|') + 1);
    }

    private static String eerste(String rij, int cellen) {
        return String.join("|", java.util.Arrays.asList(rij.split("\\|", -1)).subList(0, cellen));
    }

    /** Bijlage 1 for the 886 detained in 2020, Bijlage 2 for all 953 released in 2020, matched at random. */
    private static List<Jaarsimulatie.Persoon> personen2020(SplittableRandom toeval) {
        List<String[]> gemeenten = new ArrayList<>(Jaarsimulatie.gemeentenEnGeslacht(953));
        java.util.Collections.shuffle(gemeenten, new java.util.Random(toeval.nextLong()));
        List<Jaarsimulatie.Persoon> personen = new ArrayList<>();
        MemoCijfers.BIJLAGE_1.forEach((pi, cijfers) -> {
            for (int i = 0; i < cijfers.instroom(); i++) {
                boolean informatieblad = i < cijfers.informatiebladen();
                LocalDate insluiting = LocalDate.of(2020, 1, 2).plusDays(toeval.nextInt(280));
                LocalDate uitstroom = insluiting.plusDays(informatieblad ? 25 + toeval.nextInt(40) : 5 + toeval.nextInt(55));
                personen.add(persoon(personen.size(), pi, informatieblad, gemeenten, insluiting, uitstroom));
            }
        });
        while (personen.size() < 953) {
            LocalDate insluiting = LocalDate.of(2019, 11, 1).plusDays(toeval.nextInt(50));
            personen.add(persoon(personen.size(), "ter-peel", false, gemeenten, insluiting,
                    LocalDate.of(2020, 1, 2).plusDays(toeval.nextInt(60))));
        }
        return personen;
    }

    private static Jaarsimulatie.Persoon persoon(int nummer, String pi, boolean informatieblad, List<String[]> gemeenten,
                                                 LocalDate insluiting, LocalDate uitstroom) {
        String[] gemeente = gemeenten.get(nummer);
        return new Jaarsimulatie.Persoon("BIJLAGE-%04d".formatted(nummer + 1), pi, informatieblad, gemeente[0], gemeente[1],
                insluiting, uitstroom);
    }

    /** The report's rows, the first {@code kolommen} columns joined by '|'. */
    private List<String> rijen(String pad, int kolommen) throws Exception {
        HttpResponse<String> antwoord = new ApiKlant(poort, "manager").get(pad);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode rapport = new ObjectMapper().readTree(antwoord.body());
        List<String> namen = rapport.path("kolommen").findValuesAsText("naam").subList(0, kolommen);
        List<String> rijen = new ArrayList<>();
        for (JsonNode rij : rapport.path("rijen")) {
            rijen.add(String.join("|", namen.stream().map(k -> rij.path(k).isNull() ? "" : rij.path(k).asText()).toList()));
        }
        return rijen;
    }
}
