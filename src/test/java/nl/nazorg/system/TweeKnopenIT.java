package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nazorg.ApiKlant;
import nl.nazorg.demo.Proefpersonen;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes on one PostgreSQL, started at the same moment, as Camunda's homogeneous cluster: one deployment of the
 * models, both job executors on. Ten identical meldingen split over the two nodes at once make one case; the same
 * uit-detentiemelding sent to both nodes at once ends the detention once.
 * <p>
 * Each node is the packaged jar in a process of its own, as in production: two Spring contexts started at once in
 * one JVM share static state (Camunda's engine registry, the webapps) and once failed on a
 * ConcurrentModificationException that no real cluster would see.
 */
class TweeKnopenIT {

    @Test
    void tweeKnopenEenDatabaseGeenDubbeleCasussen() throws Exception {
        try (EigenPostgres postgres = new EigenPostgres()) {
            List<String> argumenten = List.of("--spring.profiles.active=demo",
                    "--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres", "--camunda.bpm.job-execution.lock-time-in-millis=10000");
            List<KnoopProces> knopen = gelijktijdig(2, i -> start("knoop-" + (char) ('a' + i), argumenten));
            try {
                KnoopProces a = knopen.get(0);
                KnoopProces b = knopen.get(1);
                JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl(), "postgres", "postgres"));
                assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class))
                        .as("deployments after two nodes started together").isEqualTo(1);
                assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'nazorg'", Integer.class)).isEqualTo(1);

                String detentieId = "KNOPEN-" + Instant.now().toEpochMilli();
                String melding = melding(detentieId, Proefpersonen.bsn(new SecureRandom()));
                List<Integer> meldingStatussen = gelijktijdig(10, i ->
                        post((i % 2 == 0 ? a : b).poort(), "/api/v1/detenties", melding));
                assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId)).isEqualTo(1);
                assertThat(tel(jdbc, "select count(*) from act_hi_procinst where business_key_ = ?", detentieId)).isEqualTo(1);
                assertThat(meldingStatussen).containsOnly(200, 201).containsOnlyOnce(201);

                wachtTotAsynchroonKlaar(jdbc);
                String uitstroom = "{\"uitstroomdatum\": \"%s\", \"uitstroomgemeenteCode\": \"GM0983\"}".formatted(LocalDate.now());
                List<Integer> uitstroomStatussen = gelijktijdig(2, i ->
                        post((i == 0 ? a : b).poort(), "/api/v1/detenties/" + detentieId + "/uitstroom", uitstroom));
                wachtTotAsynchroonKlaar(jdbc);
                long uitDetentie = tel(jdbc, """
                        select count(*) from act_hi_actinst a join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_
                        where p.business_key_ = ? and a.act_id_ in ('Event_UitDetentie', 'Event_UitDetentieOntvangen')""",
                        detentieId);
                assertThat(uitstroomStatussen).containsOnly(202);
                assertThat(uitDetentie).as("uit-detentie handled").isEqualTo(1);
                assertThat(tel(jdbc, "select count(*) from act_ru_incident")).as("incidents").isZero();

                System.out.printf("Twee knopen: 1 deployment; 10 gelijke meldingen over 2 knopen → statussen %s, 1 casus; "
                        + "uit-detentie 2× → statussen %s, %d keer verwerkt%n",
                        histogram(meldingStatussen), histogram(uitstroomStatussen), uitDetentie);
            } finally {
                for (KnoopProces knoop : knopen) {
                    knoop.close();
                    String fouten = knoop.fouten();
                    if (!fouten.isEmpty()) {
                        System.out.println("Fouten in het log van een node:" + System.lineSeparator() + fouten);
                    }
                }
            }
        }
    }

    private static KnoopProces start(String naam, List<String> argumenten) {
        try {
            return KnoopProces.start(naam, argumenten);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The async steps; not the timers, nor Camunda's history clean-up, a job that is always there. */
    private static void wachtTotAsynchroonKlaar(JdbcTemplate jdbc) {
        await("asynchrone stappen klaar").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> tel(jdbc, "select count(*) from act_ru_job where type_ not in ('timer', 'ever-living') "
                        + "and retries_ > 0") == 0);
    }

    private static long tel(JdbcTemplate jdbc, String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }

    /** Runs {@code aantal} calls at the same moment, each on its own thread, and returns their results in order. */
    private static <T> List<T> gelijktijdig(int aantal, Function<Integer, T> aanroep) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(aantal);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> resultaten = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                int nummer = i;
                resultaten.add(draden.submit((Callable<T>) () -> {
                    start.await();
                    return aanroep.apply(nummer);
                }));
            }
            start.countDown();
            List<T> uitkomst = new ArrayList<>();
            for (Future<T> resultaat : resultaten) {
                uitkomst.add(resultaat.get());
            }
            return uitkomst;
        } finally {
            draden.shutdownNow();
        }
    }

    private static int post(int poort, String pad, String body) {
        return new ApiKlant(poort, "koppeling").post(pad, body).statusCode();
    }

    private static Map<Integer, Long> histogram(List<Integer> statussen) {
        return statussen.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    }

    private static String melding(String detentieId, String bsn) {
        return """
                {"detentieId": "%s", "bsn": "%s", "achternaam": "Knoop", "voorletters": "K.",
                 "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel",
                 "insluitingsdatum": "%s", "voorlopigeHechtenis": false, "verwachteUitstroomdatum": "%s"}"""
                .formatted(detentieId, bsn, LocalDate.now().minusDays(3), LocalDate.now().plusMonths(2));
    }
}
