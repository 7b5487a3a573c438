package nl.nazorg.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo-jaar}: on first start, the last twelve months of a region as the memo describes it, driven
 * through the real processes, so that Cockpit's reports and Tasklist's lists have something to show at once.
 * People in the proportions of Bijlage 1 and 2, about 70% released within two months, some deadlines missed,
 * plans, actions, handovers and zelfmelders. The job executor pauses meanwhile: the simulation runs the jobs
 * itself in order of their due moment, with the engine's clock moved along.
 */
@Component
@Profile("demo-jaar")
class DemoJaar {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJaar.class);

    private final Jaarsimulatie simulatie;
    private final SimulatieKlok klok;
    private final JdbcTemplate jdbc;
    private final ProcessEngineConfigurationImpl engine;
    private final int casussen;
    private final Clock tijd;

    DemoJaar(Jaarsimulatie simulatie, SimulatieKlok klok, JdbcTemplate jdbc, ProcessEngineConfigurationImpl engine,
             @Value("${nazorg.demo-jaar.casussen:400}") int casussen) {
        this.simulatie = simulatie;
        this.klok = klok;
        this.jdbc = jdbc;
        this.engine = engine;
        this.casussen = casussen;
        this.tijd = Clock.systemDefaultZone();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void simuleerHetAfgelopenJaar() {
        Integer aanwezig = jdbc.queryForObject("select count(*) from rapportage_casus", Integer.class);
        if (aanwezig != null && aanwezig > 0) {
            LOG.info("Demojaar: er zijn al {} casussen; er wordt niets gesimuleerd", aanwezig);
            return;
        }
        LocalDate vandaag = LocalDate.now(tijd);
        LocalDate begin = vandaag.minusYears(1);
        SplittableRandom toeval = new SplittableRandom(vandaag.toEpochDay());
        Draaiboek draaiboek = new Draaiboek();
        simulatie.voegToe(draaiboek, Jaarsimulatie.volgensMemo(casussen, begin, vandaag, toeval),
                Jaarsimulatie.Diepte.VOLLEDIG, toeval);
        simulatie.voegZelfmeldersToe(draaiboek, zelfmelders(casussen / 20, begin, vandaag, toeval), toeval);
        LOG.info("Demojaar: {} casussen en {} zelfmelders van {} tot vandaag, {} stappen door de processen",
                casussen, casussen / 20, begin, draaiboek.aantalStappen());

        long start = System.nanoTime();
        JobExecutor jobExecutor = engine.getJobExecutor();
        boolean jobExecutorActief = jobExecutor != null && jobExecutor.isActive();
        if (jobExecutorActief) {
            jobExecutor.shutdown();
        }
        try {
            draaiboek.speel(klok, tijd.instant());
        } finally {
            klok.terugNaarEchteTijd();
            if (jobExecutorActief) {
                jobExecutor.start();
            }
        }
        LOG.info("Demojaar klaar in {} s: open Cockpit > Rapportages", (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Zelfmelders called up six to ten weeks after their notice; most get a plan, some ask uitstel. */
    private static List<Jaarsimulatie.Zelfmelder> zelfmelders(int aantal, LocalDate begin, LocalDate vandaag,
                                                               SplittableRandom toeval) {
        List<String[]> gemeenten = Jaarsimulatie.gemeentenEnGeslacht(aantal);
        List<Jaarsimulatie.Zelfmelder> zelfmelders = new ArrayList<>();
        int dagen = (int) (vandaag.toEpochDay() - begin.toEpochDay()) - 70;
        for (int i = 0; i < aantal; i++) {
            LocalDate melding = begin.plusDays(toeval.nextInt(Math.max(1, dagen)));
            String[] gemeente = gemeenten.get(i);
            zelfmelders.add(new Jaarsimulatie.Zelfmelder("DEMO-ZM-%04d".formatted(i + 1), gemeente[0], gemeente[1],
                    melding, melding.plusDays(42 + toeval.nextInt(28)), toeval.nextDouble() < 0.85,
                    toeval.nextDouble() < 0.1));
        }
        return zelfmelders;
    }
}
