package nl.nazorg.prestaties;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import nl.nazorg.ApiKlant;
import nl.nazorg.demo.Proefpersonen;

/**
 * Benchmark, not a test: time until /actuator/health is UP and resident memory (VmRSS) of {@code java -jar
 * target/nazorg.jar} (profile demo, default heap), right after start and after a few requests; on a fresh H2 file
 * and on a fresh PostgreSQL database per run, so every run is a first start. Prints the median of the runs.
 * Run: {@code bash bench/run startup [--runs N]} (default 3).
 */
public final class StartupBenchmark {

    private static final int VERZOEKEN = 5;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = runs(args);
        Logniveau.alleenWaarschuwingen();
        System.out.printf("Opstarten van java -jar target/nazorg.jar, profiel demo, %d runs per database; %d cores, load average %.1f%n",
                runs, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path tijdelijk = Files.createTempDirectory("nazorg-startup");
        try {
            Meting h2 = meet("H2 (bestand)", runs, run -> List.of(
                    "--spring.datasource.url=jdbc:h2:file:" + tijdelijk.resolve("run" + run).resolve("nazorg") + ";DB_CLOSE_ON_EXIT=FALSE",
                    "--spring.datasource.username=sa", "--spring.datasource.password="));
            Meting postgres = meet("PostgreSQL " + Benchdatabase.serverversie(), runs,
                    run -> Benchdatabase.nieuw("startup_" + run).eigenschappen());
            System.out.println();
            System.out.println("| database | tot gereed (s) | RSS na start (MB) | RSS na " + 3 * VERZOEKEN + " verzoeken (MB) |");
            System.out.println("| --- | ---: | ---: | ---: |");
            h2.printRij();
            postgres.printRij();
        } finally {
            try (Stream<Path> paden = Files.walk(tijdelijk)) {
                paden.sorted(Comparator.reverseOrder()).forEach(pad -> pad.toFile().delete());
            }
        }
    }

    private static Meting meet(String database, int runs, IntFunction<List<String>> eigenschappen) {
        Meting meting = new Meting(database);
        for (int run = 1; run <= runs; run++) {
            try (Applicatieproces app = Applicatieproces.start(List.of("-jar", "target/nazorg.jar"), eigenschappen.apply(run),
                    Path.of("target", "bench-logs", "startup-" + database.split(" ")[0].toLowerCase() + "-" + run + ".log"))) {
                double naStart = app.residentMb();
                doeVerzoeken(app.poort(), run);
                double naVerzoeken = app.residentMb();
                System.out.printf("%s, run %d: gereed na %.1f s, RSS %.0f MB na start, %.0f MB na verzoeken%n",
                        database, run, app.secondenTotGereed(), naStart, naVerzoeken);
                meting.voegToe(app.secondenTotGereed(), naStart, naVerzoeken);
            }
        }
        return meting;
    }

    /** A melding, a look at the case and a Tasklist query, a few times each: what a first user touches. */
    private static void doeVerzoeken(int poort, int run) {
        ApiKlant koppeling = new ApiKlant(poort, "koppeling");
        ApiKlant beheerder = new ApiKlant(poort, "beheerder");
        for (int i = 0; i < VERZOEKEN; i++) {
            String detentieId = "START-" + run + "-" + i;
            verwacht(201, koppeling.post("/api/v1/detenties", """
                    {"detentieId": "%s", "bsn": "%s", "achternaam": "Jansen", "voorletters": "P.",
                     "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel",
                     "insluitingsdatum": "2026-11-20", "voorlopigeHechtenis": false}""".formatted(detentieId, Proefpersonen.bsn(new Random(run * 100L + i)))));
            verwacht(200, koppeling.get("/api/v1/detenties/" + detentieId));
            verwacht(200, beheerder.get("/engine-rest/task?processInstanceBusinessKey=" + detentieId));
        }
        // the melding's async steps run on the job executor; let them finish before memory is read
        Applicatieproces.slaap(2000);
    }

    private static void verwacht(int status, HttpResponse<String> antwoord) {
        if (antwoord.statusCode() != status) {
            throw new IllegalStateException(antwoord.request().uri().getPath() + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
        }
    }

    private static int runs(String[] args) {
        if (args.length == 0) {
            return 3;
        }
        if (args.length == 2 && args[0].equals("--runs") && args[1].matches("[1-9]\\d*")) {
            return Integer.parseInt(args[1]);
        }
        throw new IllegalArgumentException("Gebruik: bash bench/run startup [--runs N]");
    }

    private static final class Meting {

        private final String database;
        private final List<Double> gereed = new ArrayList<>();
        private final List<Double> rssNaStart = new ArrayList<>();
        private final List<Double> rssNaVerzoeken = new ArrayList<>();

        Meting(String database) {
            this.database = database;
        }

        void voegToe(double seconden, double naStart, double naVerzoeken) {
            gereed.add(seconden);
            rssNaStart.add(naStart);
            rssNaVerzoeken.add(naVerzoeken);
        }

        void printRij() {
            System.out.printf("| %s | %.1f | %.0f | %.0f |%n", database, mediaan(gereed), mediaan(rssNaStart), mediaan(rssNaVerzoeken));
        }

        private static double mediaan(List<Double> waarden) {
            List<Double> gesorteerd = waarden.stream().sorted().toList();
            int midden = gesorteerd.size() / 2;
            return gesorteerd.size() % 2 == 1 ? gesorteerd.get(midden) : (gesorteerd.get(midden - 1) + gesorteerd.get(midden)) / 2;
        }
    }
}
