package nl.nazorg.monitoring;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.NazorgApplication;
import nl.nazorg.TestDatabase;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.identity.GemeenteTabel;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: the five reports over real HTTP, as ketenmanager and as coördinator of one region, for one
 * year and for ten years, at 1% and at 100% of ten years of national volume, on the tests' PostgreSQL. Per question
 * the median after warming up (months taken from the report cache) and the first request after the load (every month
 * counted); the plans are printed for first requests slower than 300 ms.
 * Run: {@code bash bench/run rapportages [--cases N]} (default 350,000 cases).
 */
public final class RapportagesBenchmark {

    private static final int STANDAARD_CASUSSEN = 350_000;
    private static final double TRAAG_MS = 300;

    private RapportagesBenchmark() {
    }

    public static void main(String[] args) {
        int casussen = casussen(args);
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            LandelijkeIndeling indeling =
                    LandelijkeIndeling.van(app.getBean(GemeenteTabel.class), app.getBean(PartnerAdressen.class));
            LandelijkeVulling vulling = new LandelijkeVulling(jdbc,
                    new TransactionTemplate(app.getBean(PlatformTransactionManager.class)), indeling);
            Rapportmeting meting = new Rapportmeting(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            System.out.printf("Rapportages op landelijke schaal: %d regio's, %d gemeenten, %d PI's; %d cores, PostgreSQL %s%n",
                    indeling.regios(), indeling.gemeenten().size(), indeling.pis().size(),
                    Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("show server_version", String.class));

            List<Rapportvraag> vragen = Rapportvraag.alle();
            Metingen klein = meet(casussen / 100, vulling, meting, vragen);
            Metingen groot = meet(casussen, vulling, meting, vragen);
            printTabel(vragen, casussen, klein, groot);
            groot.eerste().forEach((vraag, ms) -> {
                if (ms > TRAAG_MS) {
                    System.out.printf("%nEXPLAIN (ANALYZE, BUFFERS) %s, %s, %s (%.0f ms):%n",
                            vraag.rapport(), vraag.kijker().naam, vraag.tijdvak().naam, ms);
                    Queryplannen.samenvatting(vraag, app).forEach(System.out::println);
                }
            });
        }
    }

    private static int casussen(String[] args) {
        if (args.length == 0) {
            return STANDAARD_CASUSSEN;
        }
        if (args.length == 2 && args[0].equals("--cases") && args[1].matches("\\d+") && Integer.parseInt(args[1]) >= 100) {
            return Integer.parseInt(args[1]);
        }
        throw new IllegalArgumentException("Gebruik: bash bench/run rapportages [--cases N], N minstens 100");
    }

    /** The whole application as in the demo, on the tests' PostgreSQL; jobs off, so only the reports use the database. */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NazorgApplication.class).profiles("demo").run(
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn");
    }

    /** Per question the first request after the load (nothing in the report cache) and the median after warming up. */
    private record Metingen(Map<Rapportvraag, Double> eerste, Map<Rapportvraag, Double> mediaan) {
    }

    private static Metingen meet(int casussen, LandelijkeVulling vulling, Rapportmeting meting, List<Rapportvraag> vragen) {
        long start = System.nanoTime();
        vulling.vul(casussen);
        System.out.printf("Gevuld met %,d casussen in %.1f s: %s%n", casussen, (System.nanoTime() - start) / 1e9,
                vulling.omvang());
        System.out.println("Vorm: " + vulling.vorm());
        // The cores may be shared: figures taken under load are slower, and the reader should know.
        System.out.printf("Belasting van de machine (load average, 1 min): %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Map<Rapportvraag, Double> eerste = meting.warmOp(vragen);
        Map<Rapportvraag, Double> ms = new LinkedHashMap<>();
        vragen.forEach(vraag -> ms.put(vraag, meting.mediaanMs(vraag)));
        return new Metingen(eerste, ms);
    }

    private static void printTabel(List<Rapportvraag> vragen, int casussen, Metingen klein, Metingen groot) {
        System.out.printf("%n| rapportage | bereik | periode | ms bij 1%% (%,d) | ms bij 100%% (%,d) | factor "
                + "| eerste vraag na het vullen, ms bij 1%% | idem bij 100%% |%n", casussen / 100, casussen);
        System.out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for (Rapportvraag vraag : vragen) {
            double ms1 = klein.mediaan().get(vraag);
            double ms100 = groot.mediaan().get(vraag);
            System.out.printf("| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", vraag.rapport(), vraag.kijker().naam,
                    vraag.tijdvak().naam, ms1, ms100, ms100 / ms1, klein.eerste().get(vraag), groot.eerste().get(vraag));
        }
    }
}
