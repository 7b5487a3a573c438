package nl.nazorg.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application (target/nazorg.jar, built before the ITs run) as an operating-system process of its own,
 * so a test can kill it the hard way. Its output goes to target/knoop-*.log.
 */
final class KnoopProces implements AutoCloseable {

    private static final Path JAR = Path.of("target", "nazorg.jar");

    private final Process proces;
    private final int poort;
    private final Path log;

    private KnoopProces(Process proces, int poort, Path log) {
        this.proces = proces;
        this.poort = poort;
        this.log = log;
    }

    /** Starts the jar with these extra arguments and waits until /actuator/health says UP. */
    static KnoopProces start(String naam, List<String> argumenten) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " ontbreekt: de ITs draaien na 'mvn package'");
        }
        int poort = vrijePoort();
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--server.port=" + poort));
        opdracht.addAll(argumenten);
        Path log = Path.of("target", "knoop-" + naam + ".log");
        Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        KnoopProces knoop = new KnoopProces(proces, poort, log);
        knoop.wachtTotGereed();
        return knoop;
    }

    int poort() {
        return poort;
    }

    /**
     * The node's ERROR lines with the first lines of their stack traces, for the test's output: the log file itself is
     * gone with the CI run's work tree.
     */
    String fouten() throws IOException {
        List<String> fouten = new ArrayList<>();
        int stapelregels = 0;
        for (String regel : Files.readAllLines(log)) {
            if (regel.contains(" ERROR ")) {
                fouten.add(regel);
                stapelregels = 12;
            } else if (stapelregels > 0 && (regel.startsWith("\t") || regel.startsWith("Caused by"))) {
                fouten.add(regel);
                stapelregels--;
            }
        }
        return String.join(System.lineSeparator(), fouten);
    }

    /** kill -9: no shutdown hook, no transaction finished, locks left as they are. */
    void doodHard() throws InterruptedException {
        proces.destroyForcibly();
        proces.waitFor();
    }

    private void wachtTotGereed() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest gezondheid = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        // Not Awaitility's default of failing on any thread's uncaught exception: the test's mail server (GreenMail)
        // throws one in its own thread when a node killed a moment ago leaves an SMTP connection reset mid-session.
        await("node " + log + " gereed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .dontCatchUncaughtExceptions()
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!proces.isAlive()) {
                        throw new IllegalStateException("De node stopte tijdens het starten; zie " + log);
                    }
                    return http.send(gezondheid, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket vrij = new ServerSocket(0)) {
            return vrij.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        proces.destroy();
        proces.waitFor();
    }
}
