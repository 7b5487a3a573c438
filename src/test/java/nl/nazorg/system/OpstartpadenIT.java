package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import nl.nazorg.NazorgApplication;
import nl.nazorg.TestMailserver;
import nl.nazorg.TestPartnerSysteem;
import nl.nazorg.zvh.HttpGemeenteTeams;
import nl.nazorg.zvh.HttpZvhRegister;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Every supported way to start the application, each in a context of its own with its own engine name: the demo on
 * H2 as a newcomer's first run, and production on PostgreSQL with the HTTP adapters for GCOS, the gemeente teams and
 * Injus pointed at a partner system in the test, mail over SMTP, no demo profile. Each must become ready and serve.
 * Until the start-up steps are done a request with correct credentials gets 503, not 401.
 */
class OpstartpadenIT {

    private static final String TOKEN = "koppeling-token-voor-de-opstarttest-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void demoOpH2IsPasGereedNaDeOpstartstappenEnAntwoordtDaarvoor503() throws Exception {
        Path data = Files.createTempDirectory("nazorg-h2");
        int poort = vrijePoort();
        CountDownLatch doorgaan = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> start = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(NazorgApplication.class).profiles("demo")
                        .initializers(context -> ((GenericApplicationContext) context).registerBean(
                                "wachtendeStap", Opstartstap.class, () -> () -> wacht(doorgaan)))
                        .run("--server.port=" + poort, "--camunda.bpm.process-engine-name=opstartH2",
                                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("nazorg") + ";DB_CLOSE_ON_EXIT=FALSE"));
        try {
            HttpResponse<String> vroeg = await().atMost(Duration.ofMinutes(3)).ignoreExceptions()
                    .until(() -> vraag(poort, "/api/v1/detenties/ONBEKEND", basic("koppeling", "demo")), a -> a != null);
            assertThat(vroeg.statusCode()).isEqualTo(503);
            assertThat(vroeg.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
            assertThat(vroeg.headers().firstValue("Retry-After")).isPresent();
            assertThat(vroeg.body()).contains("\"title\":\"Nog niet gereed\"");
            assertThat(vraag(poort, "/actuator/health/readiness", null).statusCode()).isEqualTo(503);

            doorgaan.countDown();
            try (ConfigurableApplicationContext context = start.get()) {
                assertThat(vraag(poort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
                assertThat(vraag(poort, "/api/v1/detenties/ONBEKEND", basic("koppeling", "demo")).statusCode())
                        .as("de demogebruiker bestaat en mag zoeken").isEqualTo(404);
                assertThat(vraag(poort, "/api/v1/detenties/ONBEKEND", basic("cm-terpeel", "demo")).statusCode()).isEqualTo(404);
            }
        } finally {
            doorgaan.countDown();
            FileSystemUtils.deleteRecursively(data);
        }
    }

    @Test
    void productieOpPostgresMetHttpKoppelingenEnSmtp() throws Exception {
        try (EigenPostgres postgres = new EigenPostgres(); TestPartnerSysteem partners = new TestPartnerSysteem()) {
            partners.antwoord("/gcos/casussen", 201, null)
                    .antwoord("/gcos/personen/zoeken", 200, "{\"bekend\": false}")
                    .antwoord("/teams/bekendheid", 200, "{\"bekend\": false}")
                    .antwoord("/injus/berichten", 202, null);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NazorgApplication.class).run(
                    "--server.port=0", "--camunda.bpm.process-engine-name=opstartProductie",
                    "--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--camunda.bpm.admin-user.id=eerste-beheerder", "--camunda.bpm.admin-user.password=lang-en-geheim-2026",
                    "--nazorg.beveiliging.koppeling-token=" + TOKEN,
                    "--nazorg.koppelingen.gcos.modus=http", "--nazorg.koppelingen.gcos.url=" + partners.url() + "/gcos",
                    "--nazorg.koppelingen.gcos.token=gcos-token",
                    "--nazorg.koppelingen.gemeente-teams.modus=http",
                    "--nazorg.koppelingen.gemeente-teams.url=" + partners.url() + "/teams",
                    "--nazorg.koppelingen.gemeente-teams.token=teams-token",
                    "--nazorg.koppelingen.injus.modus=http", "--nazorg.koppelingen.injus.url=" + partners.url() + "/injus",
                    "--nazorg.koppelingen.injus.token=injus-token",
                    "--nazorg.berichten.kanaal=smtp", "--spring.mail.host=localhost",
                    "--spring.mail.port=" + TestMailserver.poort())) {
                int poort = ((WebServerApplicationContext) context).getWebServer().getPort();
                assertThat(vraag(poort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
                assertThat(context.getBeanNamesForType(HttpZvhRegister.class)).hasSize(1);
                assertThat(context.getBeanNamesForType(HttpGemeenteTeams.class)).hasSize(1);
                assertThat(context.getBean(IdentityService.class).createUserQuery().userId("cm-terpeel").count())
                        .as("geen demogebruikers buiten het demoprofiel").isZero();

                maakKoppelingAan(context.getBean(IdentityService.class));
                HttpResponse<String> melding = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/detenties"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"detentieId": "DET-OPSTART-1", "bsn": "111222333", "achternaam": "Start", "voorletters": "P.",
                                 "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel",
                                 "insluitingsdatum": "2026-11-20", "voorlopigeHechtenis": false,
                                 "verwachteUitstroomdatum": "2027-01-15"}""")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(melding.statusCode()).as(melding.body()).isEqualTo(201);
                await().atMost(Duration.ofMinutes(1)).until(() -> partners.verzoeken().stream()
                        .anyMatch(v -> v.uri().endsWith("/gcos/personen/zoeken")));
                assertThat(partners.verzoeken()).allSatisfy(v -> assertThat(v.uri()).doesNotContain("111222333"));
            }
        }
    }

    private static void maakKoppelingAan(IdentityService identiteit) {
        User koppeling = identiteit.newUser("koppeling");
        koppeling.setPassword("niet-gebruikt-" + System.nanoTime());
        identiteit.saveUser(koppeling);
        identiteit.createMembership("koppeling", "systeem-koppeling");
    }

    private static HttpResponse<String> vraag(int poort, String pad, String aanmelding) throws IOException, InterruptedException {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(10));
        if (aanmelding != null) {
            verzoek.header("Authorization", aanmelding);
        }
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private static void wacht(CountDownLatch doorgaan) {
        try {
            doorgaan.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int vrijePoort() throws IOException {
        try (java.net.ServerSocket vrij = new java.net.ServerSocket(0)) {
            return vrij.getLocalPort();
        }
    }
}
