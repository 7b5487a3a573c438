package nl.nazorg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.nazorg.ApiKlant;
import nl.nazorg.demo.Proefpersonen;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node dies the hard way (kill -9) while a thousand cases are on their way: meldingen accepted through /api/v1
 * with their async steps still queued, and half of the ZVH assessments just completed so that their mails to the
 * PIs are being sent. A new node (job lock time 5 s) takes over. Then every case exists exactly once, every async
 * step ran, every mail reached the SMTP server (GreenMail here) once per Message-ID, no incident, no timer lost.
 */
class CrashIT {

    private static final int CASUSSEN = 1_000;
    private static final String PREFIX = "CRASH-";

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger poort = new AtomicInteger();
    private final AtomicInteger gedaan = new AtomicInteger();
    private final AtomicInteger herhaald = new AtomicInteger();

    @Test
    void killMinNegenVerliestNietsEnVerstuurtNietsDubbel() throws Exception {
        GreenMail mailserver = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailserver.start();
        try (EigenPostgres postgres = new EigenPostgres()) {
            List<String> argumenten = List.of("--spring.profiles.active=demo",
                    "--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres", "--nazorg.berichten.kanaal=smtp",
                    "--spring.mail.host=localhost", "--spring.mail.port=" + mailserver.getSmtp().getPort(),
                    "--spring.mail.properties.mail.smtp.starttls.enable=false",
                    "--camunda.bpm.job-execution.lock-time-in-millis=5000");
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl(), "postgres", "postgres"));
            KnoopProces eerste = KnoopProces.start("crash-1", argumenten);
            poort.set(eerste.poort());
            List<Integer> meldingen = new ArrayList<>(parallel(CASUSSEN / 2, i -> meld(id(i))));

            // Half the meldingen and the assessments of the first half at once; the node dies in the middle of it.
            List<IntSupplier> werk = new ArrayList<>();
            for (int i = 0; i < CASUSSEN / 2; i++) {
                int nummer = i;
                werk.add(() -> meld(id(CASUSSEN / 2 + nummer)));
                werk.add(() -> beoordeel(id(nummer)));
            }
            long[] openJobsBijDeCrash = new long[1];
            AtomicReference<KnoopProces> tweede = new AtomicReference<>();
            Thread crash = new Thread(() -> {
                try {
                    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                            .until(() -> gedaan.get() >= werk.size() / 2);
                    openJobsBijDeCrash[0] = openJobs(jdbc);
                    eerste.doodHard();
                    tweede.set(KnoopProces.start("crash-2", argumenten));
                    poort.set(tweede.get().poort());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            crash.start();
            List<Integer> uitkomsten = parallel(werk.size(), i -> {
                int uitkomst = werk.get(i).getAsInt();
                gedaan.incrementAndGet();
                return uitkomst;
            });
            crash.join();
            for (int i = 0; i < uitkomsten.size(); i += 2) {
                meldingen.add(uitkomsten.get(i));
            }

            try (KnoopProces knoop = tweede.get()) {
                parallel(CASUSSEN / 2, i -> beoordeel(id(CASUSSEN / 2 + i)));
                await("open jobs en onverstuurde mail na de crash").atMost(Duration.ofMinutes(6))
                        .pollInterval(Duration.ofSeconds(1)).until(() -> openJobs(jdbc) == 0 && nietVerstuurd(jdbc) == 0);

                Map<String, Long> mailsPerCasus = new java.util.TreeMap<>();
                Map<String, Long> berichtIds = new java.util.TreeMap<>();
                for (MimeMessage mail : mailserver.getReceivedMessages()) {
                    berichtIds.merge(mail.getMessageID(), 1L, Long::sum);
                    mailsPerCasus.merge(mail.getSubject().replaceAll(".* ", ""), 1L, Long::sum);
                }
                long casussen = tel(jdbc, "select count(*) from casus where detentie_id like 'CRASH-%'");
                long instanties = tel(jdbc, "select count(*) from act_hi_procinst where business_key_ like 'CRASH-%'");
                Map<String, Long> stappen = List.of("Task_RegistreerMelding", "Task_CheckBekendheid", "Task_InformeerPi")
                        .stream().collect(Collectors.toMap(stap -> stap, stap -> tel(jdbc, """
                                select count(distinct a.proc_inst_id_) from act_hi_actinst a
                                join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_
                                where p.business_key_ like 'CRASH-%' and a.act_id_ = ? and a.end_time_ is not null""", stap),
                                (a, b) -> a, java.util.TreeMap::new));
                long incidenten = tel(jdbc, "select count(*) from act_ru_incident");
                long timers = tel(jdbc, "select count(*) from act_ru_job where type_ = 'timer'");
                long timersZonderPogingen = tel(jdbc, "select count(*) from act_ru_job where type_ = 'timer' and retries_ = 0");
                long mailsOntvangen = mailserver.getReceivedMessages().length;
                long inUitgaandeMail = tel(jdbc, "select count(*) from uitgaande_mail");
                long nogNietVerstuurd = nietVerstuurd(jdbc);
                long herhaaldBezorgd = berichtIds.values().stream().mapToLong(n -> n - 1).sum();

                System.out.printf("Crashtest (kill -9 met %d open jobs, %d verzoeken herhaald na de crash): %d meldingen %s; "
                                + "%d casussen, %d procesinstanties; stappen afgerond %s; uitgaande mail: %d vastgelegd, %d niet verstuurd; "
                                + "mails: %d ontvangen, %d verschillende Message-ID's, %d herhaald bezorgd met dezelfde Message-ID, "
                                + "%d casussen met precies één mail; incidenten %d; timers %d (zonder pogingen %d)%n",
                        openJobsBijDeCrash[0], herhaald.get(), meldingen.size(), histogram(meldingen),
                        casussen, instanties, stappen, inUitgaandeMail, nogNietVerstuurd, mailsOntvangen, berichtIds.size(),
                        herhaaldBezorgd,
                        mailsPerCasus.values().stream().filter(n -> n == 1).count(), incidenten, timers, timersZonderPogingen);

                assertThat(meldingen).hasSize(CASUSSEN).isSubsetOf(200, 201);
                assertThat(openJobsBijDeCrash[0]).as("async steps in flight at the crash").isPositive();
                assertThat(casussen).isEqualTo(CASUSSEN);
                assertThat(instanties).isEqualTo(CASUSSEN);
                assertThat(stappen.values()).containsOnly((long) CASUSSEN);
                assertThat(inUitgaandeMail).as("one mail per case recorded in the outbox").isEqualTo(CASUSSEN);
                assertThat(nogNietVerstuurd).isZero();
                assertThat(berichtIds).as("one mail per case at the receiver").hasSize(CASUSSEN);
                assertThat(mailsPerCasus).hasSize(CASUSSEN);
                assertThat(incidenten).isZero();
                assertThat(timersZonderPogingen).isZero();
            }
        } finally {
            mailserver.stop();
        }
    }

    /** A melding as a feeding system sends it: again after a lost connection (the same detentieId: 200, not a second case). */
    private int meld(String detentieId) {
        String melding = melding(detentieId);
        return opnieuwNaVerbroken(() -> new ApiKlant(poort.get(), "koppeling").post("/api/v1/detenties", melding).statusCode());
    }

    /** Completes the ZVH administration's assessment once the async steps created it; done when it is gone. */
    private int beoordeel(String detentieId) {
        String zoekvraag = "/engine-rest/history/task?taskDefinitionKey=Task_BeoordeelBekendheid&processInstanceBusinessKey="
                + URLEncoder.encode(detentieId, StandardCharsets.UTF_8);
        Instant uiterlijk = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(uiterlijk)) {
            JsonNode taken = opnieuwNaVerbroken(() -> lees(new ApiKlant(poort.get(), "beheerder").get(zoekvraag).body()));
            if (!taken.isEmpty() && taken.get(0).hasNonNull("endTime")) {
                return 204;
            }
            if (!taken.isEmpty()) {
                String taak = taken.get(0).get("id").asText();
                int status = opnieuwNaVerbroken(() -> new ApiKlant(poort.get(), "zvh-noord").post("/engine-rest/task/" + taak
                        + "/complete", "{\"variables\": {\"zvhClient\": {\"value\": false, \"type\": \"Boolean\"}}}").statusCode());
                if (status == 204) {
                    return status;
                }
            }
            slaap(200);
        }
        throw new IllegalStateException("Geen beoordeling voor " + detentieId);
    }

    /** A request that meets a dead node waits for the next one and goes again, as a client with retries would. */
    private <T> T opnieuwNaVerbroken(Supplier<T> verzoek) {
        while (true) {
            int poortVooraf = poort.get();
            try {
                return verzoek.get();
            } catch (UncheckedIOException verbroken) {
                herhaald.incrementAndGet();
                while (poort.get() == poortVooraf) {
                    slaap(200);
                }
            }
        }
    }

    private JsonNode lees(String tekst) {
        try {
            return json.readTree(tekst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long nietVerstuurd(JdbcTemplate jdbc) {
        return tel(jdbc, "select count(*) from uitgaande_mail where verstuurd_op is null");
    }

    private static long openJobs(JdbcTemplate jdbc) {
        return tel(jdbc, "select count(*) from act_ru_job where type_ not in ('timer', 'ever-living') and retries_ > 0");
    }

    private static long tel(JdbcTemplate jdbc, String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }

    private static <T> List<T> parallel(int aantal, IntFunction<T> werk) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(8);
        try {
            List<Future<T>> resultaten = IntStream.range(0, aantal).mapToObj(i -> draden.submit(() -> werk.apply(i))).toList();
            List<T> uitkomst = new ArrayList<>();
            for (Future<T> resultaat : resultaten) {
                uitkomst.add(resultaat.get());
            }
            return uitkomst;
        } finally {
            draden.shutdownNow();
        }
    }

    private static Map<Integer, Long> histogram(List<Integer> statussen) {
        return statussen.stream().collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
    }

    private static String id(int nummer) {
        return PREFIX + "%04d".formatted(nummer + 1);
    }

    private static String melding(String detentieId) {
        return """
                {"detentieId": "%s", "bsn": "%s", "achternaam": "Crash", "voorletters": "C.",
                 "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel",
                 "insluitingsdatum": "%s", "voorlopigeHechtenis": false, "verwachteUitstroomdatum": "%s"}"""
                .formatted(detentieId, Proefpersonen.bsn(new SecureRandom()), LocalDate.now().minusDays(2),
                        LocalDate.now().plusMonths(2));
    }
}
