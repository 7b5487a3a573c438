package nl.nazorg.prestaties;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Benchmark, not a test: cases through the whole {@code nazorg} process over HTTP, on PostgreSQL, with the job executor
 * on; once with Camunda's default engine settings and once with the application's own, each in a fresh application
 * process on a fresh database. Prints cases/s, commits/s and p50/p95 per step; the last line is the cases/s ratio.
 * Run: {@code bash bench/run lifecycle [--cases N] [--clients N]} (default 100 cases, 4 clients).
 */
public final class LifecycleBenchmark {

    private static final long SEED = 20_260_901L;

    private LifecycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int casussen = optie(args, "--cases", 100);
        int clients = optie(args, "--clients", 4);
        Logniveau.alleenWaarschuwingen();
        System.out.printf("Casussen door het proces nazorg: %d casussen, %d clients; %d cores, PostgreSQL %s%n",
                casussen, clients, Runtime.getRuntime().availableProcessors(), Benchdatabase.serverversie());
        Resultaat standaard = meet(Engineconfiguratie.camundaStandaard(), casussen, clients);
        Resultaat eigen = meet(Engineconfiguratie.nazorg(), casussen, clients);
        System.out.println();
        System.out.println("| configuratie | casussen/s | commits/s | commits per casus | conflicten bij voltooien | mislukte jobs | load average |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        standaard.printRij();
        eigen.printRij();
        System.out.printf("lifecycle ratio: %.2f%n", eigen.casussenPerSeconde() / standaard.casussenPerSeconde());
    }

    private static Resultaat meet(Engineconfiguratie configuratie, int casussen, int clients) throws Exception {
        System.out.printf("%n## %s: %s%n", configuratie.naam(), configuratie.toelichting());
        Benchdatabase database = Benchdatabase.nieuw(configuratie.databasenaam());
        List<String> eigenschappen = new ArrayList<>(database.eigenschappen());
        eigenschappen.addAll(configuratie.eigenschappen());
        try (Applicatieproces app = Applicatieproces.start(lancering(), eigenschappen,
                Path.of("target", "bench-logs", configuratie.databasenaam() + ".log"))) {
            System.out.printf("Gestart in %.1f s%n", app.secondenTotGereed());
            // JIT, pools and caches warm before the clock runs; one case per client, not counted.
            rijAlles("opwarmen", "OPWARM", clients, clients, app.poort(), new Stapmetingen());

            Stapmetingen metingen = new Stapmetingen();
            Map<String, Long> mislukteJobsVoor = database.mislukteJobs();
            Applicatieproces.slaap(1500);
            long commitsVoor = database.commits();
            long start = System.nanoTime();
            rijAlles(configuratie.naam(), "CASUS", casussen, clients, app.poort(), metingen);
            double seconden = (System.nanoTime() - start) / 1e9;
            double belasting = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Applicatieproces.slaap(1500);
            long commits = database.commits() - commitsVoor;
            Map<String, Long> mislukteJobs = database.mislukteJobs();
            mislukteJobsVoor.forEach((activiteit, aantal) -> mislukteJobs.merge(activiteit, -aantal, Long::sum));
            mislukteJobs.values().removeIf(aantal -> aantal == 0);

            Resultaat resultaat = new Resultaat(configuratie.naam(), casussen, seconden, commits, metingen.conflicten(),
                    mislukteJobs.values().stream().mapToLong(Long::longValue).sum(), belasting);
            System.out.printf("%d casussen in %.1f s: %.2f casussen/s, %.1f commits/s (%d commits, %.0f per casus); load average %.1f%n",
                    casussen, seconden, resultaat.casussenPerSeconde(), commits / seconden, commits,
                    (double) commits / casussen, belasting);
            metingen.print();
            System.out.println("Mislukte jobs (act_hi_job_log, later opnieuw uitgevoerd): " + (mislukteJobs.isEmpty() ? "geen" : mislukteJobs));
            return resultaat;
        }
    }

    private static void rijAlles(String wat, String voorvoegsel, int aantal, int clients, int poort, Stapmetingen metingen)
            throws InterruptedException, ExecutionException {
        Voortgang voortgang = new Voortgang(wat, aantal);
        AtomicInteger volgende = new AtomicInteger();
        ExecutorService draden = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> klaar = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                klaar.add(draden.submit(() -> {
                    Casusrit rit = new Casusrit(poort, metingen);
                    for (int i = volgende.getAndIncrement(); i < aantal; i = volgende.getAndIncrement()) {
                        rit.rijd(voorvoegsel + "-" + i, SEED + i);
                        voortgang.stap();
                    }
                }));
            }
            for (Future<?> client : klaar) {
                client.get();
            }
        } finally {
            draden.shutdownNow();
        }
    }

    /** The application's own classes and dependencies, as this JVM has them, without the test classes. */
    static List<String> lancering() {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(":"))
                .filter(pad -> !pad.endsWith("test-classes"))
                .collect(Collectors.joining(":"));
        return List.of("-cp", classpath, "nl.nazorg.NazorgApplication");
    }

    private static int optie(String[] args, String naam, int standaard) {
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i + 1].matches("[1-9]\\d*") || !List.of("--cases", "--clients").contains(args[i])) {
                throw new IllegalArgumentException("Gebruik: bash bench/run lifecycle [--cases N] [--clients N]");
            }
            if (args[i].equals(naam)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return standaard;
    }

    private record Resultaat(String naam, int casussen, double seconden, long commits, int conflicten, long mislukteJobs, double belasting) {

        double casussenPerSeconde() {
            return casussen / seconden;
        }

        void printRij() {
            System.out.printf("| %s | %.2f | %.1f | %.0f | %d | %d | %.1f |%n", naam, casussenPerSeconde(), commits / seconden,
                    (double) commits / casussen, conflicten, mislukteJobs, belasting);
        }
    }
}
