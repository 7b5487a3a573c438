package nl.nazorg.prestaties;

import java.util.List;

/** What the application is started with besides its database: its own configuration, or Camunda's defaults. */
record Engineconfiguratie(String naam, String databasenaam, String toelichting, List<String> eigenschappen) {

    /**
     * Camunda's defaults for everything application.yaml tunes for the engine, the job executor and the pool, given
     * explicitly so a later tuning there cannot leak into this run. Kept from application.yaml because the
     * application does not work without them: the group-id pattern, JSON serialization and the history cleanup window.
     */
    static Engineconfiguratie camundaStandaard() {
        return new Engineconfiguratie("Camunda-standaard", "lifecycle_standaard",
                "history full, aanmelden bij elk REST-verzoek, groepen gefilterd per commando, autorisaties als join, "
                        + "job executor en Hikari-pool op de standaardwaarden van Camunda en Spring Boot, random_page_cost 4",
                List.of("--camunda.bpm.history-level=full",
                        "--camunda.bpm.database.jdbc-batch-processing=true",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.core-pool-size=3",
                        "--camunda.bpm.job-execution.max-pool-size=10",
                        "--camunda.bpm.job-execution.queue-capacity=3",
                        "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
                        "--camunda.bpm.job-execution.wait-time-in-millis=5000",
                        "--camunda.bpm.job-execution.max-wait=60000",
                        "--camunda.bpm.job-execution.lock-time-in-millis=300000",
                        "--camunda.bpm.job-execution.backoff-time-in-millis=0",
                        "--camunda.bpm.job-execution.max-backoff=0",
                        "--spring.datasource.hikari.maximum-pool-size=10",
                        "--spring.datasource.hikari.connection-timeout=30000",
                        // Camunda checks the password, groups and tenants of every REST request
                        "--nazorg.beveiliging.aanmelding-onthouden=PT0S",
                        // and narrows the user's groups with a read of the whole authorization table per command
                        "--nazorg.beveiliging.groepen-zonder-tabelscan=false",
                        // and, without revokes, joins all authorizations of the groups to the rows of every query
                        "--nazorg.beveiliging.taaklijsten-per-rij=false",
                        // PostgreSQL's own planner cost for reading pages out of order
                        "--nazorg.postgres.random-page-cost=4"));
    }

    static Engineconfiguratie nazorg() {
        return new Engineconfiguratie("nazorg", "lifecycle_nazorg", "application.yaml zoals geleverd", List.of());
    }
}
