package nl.nazorg.prestaties;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate {@code java} process, as in production: started with the given launch (jar or
 * classpath) and command-line properties, ready once /actuator/health says UP. Its output goes to a log file.
 */
final class Applicatieproces implements AutoCloseable {

    private static final Duration MAX_STARTTIJD = Duration.ofMinutes(3);

    private final Process proces;
    private final Thread opruimer;
    private final int poort;
    private final double secondenTotGereed;

    private Applicatieproces(Process proces, Thread opruimer, int poort, double secondenTotGereed) {
        this.proces = proces;
        this.opruimer = opruimer;
        this.poort = poort;
        this.secondenTotGereed = secondenTotGereed;
    }

    /** Launch is e.g. {@code -jar target/nazorg.jar} or {@code -cp … nl.nazorg.NazorgApplication}. */
    static Applicatieproces start(List<String> lancering, List<String> eigenschappen, Path log) {
        int poort = vrijePoort();
        List<String> opdracht = new ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        opdracht.addAll(lancering);
        opdracht.add("--server.port=" + poort);
        opdracht.add("--spring.profiles.active=demo");
        opdracht.addAll(eigenschappen);
        try {
            Files.createDirectories(log.getParent());
            long start = System.nanoTime();
            Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Thread opruimer = new Thread(proces::destroyForcibly);
            Runtime.getRuntime().addShutdownHook(opruimer);
            return new Applicatieproces(proces, opruimer, poort, wachtTotGereed(proces, poort, log, start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int poort() {
        return poort;
    }

    double secondenTotGereed() {
        return secondenTotGereed;
    }

    /** Processor time the process has used so far (user and system, all threads), in seconds. */
    double processorSeconden() {
        return proces.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "Processortijd van de applicatie niet leesbaar")).toNanos() / 1e9;
    }

    /** Resident memory of the process (VmRSS), in MB. */
    double residentMb() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(proces.pid()), "status")).stream()
                    .filter(regel -> regel.startsWith("VmRSS:"))
                    .mapToLong(regel -> Long.parseLong(regel.replaceAll("\\D", "")))
                    .findFirst().orElseThrow() / 1024.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        proces.destroy();
        try {
            if (!proces.waitFor(60, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            proces.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(opruimer);
    }

    private static double wachtTotGereed(Process proces, int poort, Path log, long start) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest gezondheid = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/actuator/health")).build();
        while (System.nanoTime() - start < MAX_STARTTIJD.toNanos()) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("De applicatie stopte tijdens het starten; zie " + log);
            }
            try {
                HttpResponse<String> antwoord = http.send(gezondheid, HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() == 200 && antwoord.body().contains("\"UP\"")) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException nogNietBereikbaar) {
                // Tomcat is not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            slaap(50);
        }
        proces.destroyForcibly();
        throw new IllegalStateException("De applicatie was na " + MAX_STARTTIJD.toSeconds() + " s niet gereed; zie " + log);
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
