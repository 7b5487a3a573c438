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
 * process on a fresh database, in rounds. Prints cases/s, commits/s and p50/p95 per step; the last line is the median
 * of the rounds' cases/s ratios. Run: {@code bash bench/run lifecycle [--cases N] [--clients N] [--rounds N]
 * [--warmup N]} (default 200 cases, 4 clients, 3 rounds, 200 cases of warming up per run).
 */
public final class LifecycleBenchmark {

    private static final long SEED = 20_260_901L;

    private LifecycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int casussen = optie(args, "--cases", 200);
        int clients = optie(args, "--clients", 4);
        int rondes = optie(args, "--rounds", 3);
        int opwarmen = optie(args, "--warmup", 200);
        Logniveau.alleenWaarschuwingen();
        System.out.printf("Casussen door het proces nazorg: %d casussen na %d om op te warmen, %d clients, %d ronde(s); "
                + "%d cores, PostgreSQL %s%n", casussen, opwarmen, clients, rondes, Runtime.getRuntime().availableProcessors(),
                Benchdatabase.serverversie());
        List<Resultaat> resultaten = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> processorRatios = new ArrayList<>();
        for (int ronde = 1; ronde <= rondes; ronde++) {
            System.out.printf("%n# Ronde %d van %d%n", ronde, rondes);
            Resultaat standaard = meet(Engineconfiguratie.camundaStandaard(), opwarmen, casussen, clients, ronde);
            Resultaat eigen = meet(Engineconfiguratie.nazorg(), opwarmen, casussen, clients, ronde);
            resultaten.add(standaard);
            resultaten.add(eigen);
            ratios.add(eigen.casussenPerSeconde() / standaard.casussenPerSeconde());
            processorRatios.add(standaard.processorMsPerCasus() / eigen.processorMsPerCasus());
        }
        System.out.println();
        System.out.println("| ronde | configuratie | casussen/s | processortijd applicatie per casus (ms) | commits/s "
                + "| commits per casus | conflicten bij voltooien | mislukte jobs | load average |");
        System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        resultaten.forEach(Resultaat::printRij);
        System.out.println("Ratio per ronde (nazorg / Camunda-standaard, casussen per seconde): "
                + opgesomd(ratios));
        System.out.println("Processortijd van de applicatie per casus, Camunda-standaard / nazorg, per ronde: "
                + opgesomd(processorRatios) + "; mediaan %.2f".formatted(mediaan(processorRatios)));
        System.out.printf("lifecycle ratio: %.2f%n", mediaan(ratios));
    }

    private static String opgesomd(List<Double> ratios) {
        return ratios.stream().map(ratio -> "%.2f".formatted(ratio)).collect(Collectors.joining(", "));
    }

    /**
     * The two configurations run one after the other in each round, so a round's ratio compares runs on the same
     * machine state; the median of the rounds is what a single noisy round cannot be (0.1 apart between runs).
     */
    static double mediaan(List<Double> waarden) {
        List<Double> gesorteerd = waarden.stream().sorted().toList();
        int midden = gesorteerd.size() / 2;
        return gesorteerd.size() % 2 == 1 ? gesorteerd.get(midden) : (gesorteerd.get(midden - 1) + gesorteerd.get(midden)) / 2;
    }

    private static Resultaat meet(Engineconfiguratie configuratie, int opwarmen, int casussen, int clients, int ronde) throws Exception {
        System.out.printf("%n## %s: %s%n", configuratie.naam(), configuratie.toelichting());
        Benchdatabase database = Benchdatabase.nieuw(configuratie.databasenaam());
        List<String> eigenschappen = new ArrayList<>(database.eigenschappen());
        eigenschappen.addAll(configuratie.eigenschappen());
        try (Applicatieproces app = Applicatieproces.start(lancering(), eigenschappen,
                Path.of("target", "bench-logs", configuratie.databasenaam() + ".log"))) {
            System.out.printf("Gestart in %.1f s%n", app.secondenTotGereed());
            // Measured in the steady state of a server that has been running a while. Warming up (not counted) takes
            // JIT compilation out of the figures: after 4 cases a case cost 100-150 ms more processor time than after 200.
            rijAlles("opwarmen", "OPWARM", opwarmen, clients, app.poort(), new Stapmetingen());

            Stapmetingen metingen = new Stapmetingen();
            Map<String, Long> mislukteJobsVoor = database.mislukteJobs();
            Applicatieproces.slaap(1500);
            long commitsVoor = database.commits();
            double processorVoor = app.processorSeconden();
            long start = System.nanoTime();
            rijAlles(configuratie.naam(), "CASUS", casussen, clients, app.poort(), metingen);
            double seconden = (System.nanoTime() - start) / 1e9;
            double belasting = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Applicatieproces.slaap(1500);
            long commits = database.commits() - commitsVoor;
            double processorMsPerCasus = (app.processorSeconden() - processorVoor) * 1000 / casussen;
            Map<String, Long> mislukteJobs = database.mislukteJobs();
            mislukteJobsVoor.forEach((activiteit, aantal) -> mislukteJobs.merge(activiteit, -aantal, Long::sum));
            mislukteJobs.values().removeIf(aantal -> aantal == 0);

            Resultaat resultaat = new Resultaat(ronde, configuratie.naam(), casussen, seconden, commits, processorMsPerCasus,
                    metingen.conflicten(),
                    mislukteJobs.values().stream().mapToLong(Long::longValue).sum(), belasting);
            System.out.printf("%d casussen in %.1f s: %.2f casussen/s, %.0f ms processortijd van de applicatie per casus, "
                    + "%.1f commits/s (%d commits, %.0f per casus); load average %.1f%n", casussen, seconden,
                    resultaat.casussenPerSeconde(), processorMsPerCasus, commits / seconden, commits,
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
            if (i + 1 >= args.length || !args[i + 1].matches("[1-9]\\d*")
                    || !List.of("--cases", "--clients", "--rounds", "--warmup").contains(args[i])) {
                throw new IllegalArgumentException(
                        "Gebruik: bash bench/run lifecycle [--cases N] [--clients N] [--rounds N] [--warmup N]");
            }
            if (args[i].equals(naam)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return standaard;
    }

    private record Resultaat(int ronde, String naam, int casussen, double seconden, long commits, double processorMsPerCasus,
            int conflicten, long mislukteJobs, double belasting) {

        double casussenPerSeconde() {
            return casussen / seconden;
        }

        void printRij() {
            System.out.printf("| %d | %s | %.2f | %.0f | %.1f | %.0f | %d | %d | %.1f |%n", ronde, naam, casussenPerSeconde(),
                    processorMsPerCasus, commits / seconden, (double) commits / casussen, conflicten, mislukteJobs, belasting);
        }
    }
}
