package nl.nazorg.system;

import nl.nazorg.NazorgApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of the application (demo users, job executor on) in the test's JVM, on a database of the test's choice.
 * Each node has its own engine name: closing it must not unregister the engine of the other tests' context.
 * Settings go in as command-line arguments, which outrank application.yaml.
 */
final class Knoop implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Knoop(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static Knoop start(String naam, String jdbcUrl, String gebruiker, String wachtwoord) {
        return new Knoop(new SpringApplicationBuilder(NazorgApplication.class)
                .profiles("demo")
                .run("--server.port=0",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + gebruiker,
                        "--spring.datasource.password=" + wachtwoord,
                        "--camunda.bpm.process-engine-name=" + naam,
                        "--camunda.bpm.job-execution.enabled=true",
                        // a job locked by a node that lost its database runs again after 10 s instead of 5 minutes
                        "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
    }

    int poort() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> soort) {
        return context.getBean(soort);
    }

    @Override
    public void close() {
        context.close();
    }
}
