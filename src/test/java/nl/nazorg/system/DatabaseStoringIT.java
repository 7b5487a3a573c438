package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import nl.nazorg.demo.Proefpersonen;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL goes away for 30 seconds while meldingen keep coming in, then comes back. Meanwhile /api/v1 answers
 * 503 with a problem document (never another 5xx) and the health endpoint says DOWN; afterwards the same node,
 * not restarted, accepts meldingen again, every melding it accepted (201) before, during or after exists, and the
 * async steps of all of them run. The application runs on a PostgreSQL of its own here, which the test stops
 * and starts on the same data directory and port.
 * <p>
 * An IT, so failsafe runs it in a JVM of its own: its nodes start and stop Camunda webapps, whose static state
 * would otherwise break the browser tests that share the surefire JVM.
 */
class DatabaseStoringIT {

    private static final Duration STORING = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void dertigSecondenZonderDatabaseVerliestNietsEnHerstelt() throws Exception {
        try (EigenPostgres postgres = new EigenPostgres();
             Knoop app = Knoop.start("storing", postgres.jdbcUrl(), "postgres", "postgres")) {
            int poort = app.poort();
            Belasting belasting = new Belasting(poort);
            Thread meldingen = new Thread(belasting, "meldingen");
            meldingen.start();

            belasting.fase("voor");
            Thread.sleep(5_000);

            belasting.fase("zonder database");
            postgres.stop();
            List<Integer> gezondheidZonder = new ArrayList<>();
            Instant einde = Instant.now().plus(STORING);
            while (Instant.now().isBefore(einde)) {
                gezondheidZonder.add(gezondheid(poort));
                Thread.sleep(2_000);
            }

            postgres.start();
            belasting.fase("na");
            await("een melding aangenomen na het herstel").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> belasting.aantal("na", 201) > 0);
            Thread.sleep(3_000); // the load goes on a while after recovery
            belasting.stop();
            meldingen.join();
            int gezondheidNa = gezondheid(poort);

            System.out.printf("Databasestoring van %d s: %s; health zonder database %s, daarna %d%n",
                    STORING.toSeconds(), belasting.samenvatting(), gezondheidZonder.stream().distinct().toList(), gezondheidNa);

            assertThat(belasting.antwoorden).allSatisfy(antwoord -> {
                assertThat(antwoord.status()).as(antwoord.toString()).isIn(201, 503);
                if (antwoord.status() == 503) {
                    assertThat(antwoord.contentType()).startsWith("application/problem+json");
                }
            });
            assertThat(belasting.aantal("voor", 201)).isPositive();
            assertThat(belasting.aantal("zonder database", 503)).isPositive();
            assertThat(belasting.aantal("na", 201)).as("recovered without a restart").isPositive();
            assertThat(gezondheidZonder).contains(503);
            assertThat(gezondheidNa).isEqualTo(200);

            List<String> aangenomen = belasting.antwoorden.stream().filter(a -> a.status() == 201)
                    .map(Antwoord::detentieId).toList();
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            RuntimeService runtime = app.bean(RuntimeService.class);
            for (String detentieId : aangenomen) {
                assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId))
                        .as("casus " + detentieId).isEqualTo(1);
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count())
                        .as("proces " + detentieId).isEqualTo(1);
            }
            ManagementService management = app.bean(ManagementService.class);
            await("async steps left").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> management.createJobQuery().executable().count() == 0);
            assertThat(management.createJobQuery().noRetriesLeft().count()).as("incidents").isZero();
            assertThat(runtime.createIncidentQuery().count()).isZero();
        }
    }

    private record Antwoord(String fase, String detentieId, int status, String contentType) {
    }

    /** One client sending meldingen one after another, each with a new detentieId and bsn. */
    private final class Belasting implements Runnable {

        private final int poort;
        private final List<Antwoord> antwoorden = new CopyOnWriteArrayList<>();
        private final AtomicBoolean bezig = new AtomicBoolean(true);
        private volatile String fase = "voor";
        private final SecureRandom toeval = new SecureRandom();

        Belasting(int poort) {
            this.poort = poort;
        }

        void fase(String nieuweFase) {
            fase = nieuweFase;
        }

        void stop() {
            bezig.set(false);
        }

        @Override
        public void run() {
            int volgnummer = 0;
            while (bezig.get()) {
                String detentieId = "STORING-%05d".formatted(++volgnummer);
                String huidigeFase = fase;
                HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/detenties"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString("koppeling:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(melding(detentieId)))
                        .build();
                try {
                    HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                    antwoorden.add(new Antwoord(huidigeFase, detentieId, antwoord.statusCode(),
                            antwoord.headers().firstValue("Content-Type").orElse("")));
                    Thread.sleep(100);
                } catch (IOException e) {
                    antwoorden.add(new Antwoord(huidigeFase, detentieId, -1, e.getClass().getSimpleName()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long aantal(String welkeFase, int status) {
            return antwoorden.stream().filter(a -> a.fase().equals(welkeFase) && a.status() == status).count();
        }

        String samenvatting() {
            Map<String, Map<Integer, Long>> perFase = antwoorden.stream().collect(Collectors.groupingBy(Antwoord::fase,
                    TreeMap::new, Collectors.groupingBy(Antwoord::status, TreeMap::new, Collectors.counting())));
            return antwoorden.size() + " meldingen, statussen per fase " + perFase;
        }

        private String melding(String detentieId) {
            return """
                    {"detentieId": "%s", "bsn": "%s", "achternaam": "Storing", "voorletters": "S.",
                     "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel",
                     "insluitingsdatum": "2026-11-02", "voorlopigeHechtenis": false, "verwachteUitstroomdatum": "2027-01-15"}"""
                    .formatted(detentieId, Proefpersonen.bsn(toeval));
        }
    }

    private int gezondheid(int poort) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/actuator/health"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
