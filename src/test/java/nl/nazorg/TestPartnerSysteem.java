package nl.nazorg;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Another system in the test JVM: a real HTTP server (the JDK's) on a free port of 127.0.0.1 that records each
 * request as it arrived and gives the answer the test set for its path. No answer set: 404.
 */
public final class TestPartnerSysteem implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService draden = Executors.newCachedThreadPool();
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    private final Map<String, Antwoord> antwoorden = new ConcurrentHashMap<>();

    public TestPartnerSysteem() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::behandel);
        server.setExecutor(draden);
        server.start();
    }

    /** Base URL, e.g. http://127.0.0.1:40123 (plain HTTP, which the adapters allow only to localhost). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A URL on which nothing listens: connecting is refused. */
    public static String urlZonderServer() {
        try (ServerSocket vrij = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + vrij.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers every POST to {@code pad} with this status and JSON body (null: no body). */
    public TestPartnerSysteem antwoord(String pad, int status, String json) {
        antwoorden.put(pad, new Antwoord(status, json, Duration.ZERO, false));
        return this;
    }

    /** Waits {@code vertraging} before the answer starts: the client's read timeout should strike first. */
    public TestPartnerSysteem traagAntwoord(String pad, Duration vertraging, int status, String json) {
        antwoorden.put(pad, new Antwoord(status, json, vertraging, false));
        return this;
    }

    /** Sends status and headers at once, then waits {@code vertraging} before the body. */
    public TestPartnerSysteem stokkendAntwoord(String pad, Duration vertraging, int status, String json) {
        antwoorden.put(pad, new Antwoord(status, json, vertraging, true));
        return this;
    }

    /** Every request that arrived, in order. */
    public List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    public Verzoek enigVerzoek() {
        if (verzoeken.size() != 1) {
            throw new AssertionError("verwacht precies één verzoek, kreeg " + verzoeken.size() + ": " + verzoeken);
        }
        return verzoeken.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        draden.shutdownNow();
    }

    private void behandel(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            verzoeken.add(new Verzoek(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    headers.getFirst("Authorization"), headers.getFirst("Content-Type"), headers.getFirst("Accept"),
                    headers.getFirst("Idempotency-Key"), new String(body, StandardCharsets.UTF_8)));
            Antwoord antwoord = antwoorden.getOrDefault(exchange.getRequestURI().getPath(),
                    new Antwoord(404, null, Duration.ZERO, false));
            if (!antwoord.stokkend()) {
                slaap(antwoord.vertraging());
            }
            byte[] inhoud = antwoord.json() == null ? new byte[0] : antwoord.json().getBytes(StandardCharsets.UTF_8);
            if (antwoord.json() != null) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(antwoord.status(), inhoud.length == 0 ? -1 : inhoud.length);
            if (antwoord.stokkend()) {
                exchange.getResponseBody().flush();
                slaap(antwoord.vertraging());
            }
            if (inhoud.length > 0) {
                try (OutputStream uit = exchange.getResponseBody()) {
                    uit.write(inhoud);
                }
            }
        } catch (IOException e) {
            // the client gave up (its timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void slaap(Duration duur) {
        try {
            Thread.sleep(duur.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request as the server saw it; {@code uri} is path plus query, exactly as sent. */
    public record Verzoek(String methode, String uri, String authorization, String contentType, String accept,
                          String idempotencyKey, String body) {
    }

    private record Antwoord(int status, String json, Duration vertraging, boolean stokkend) {
    }
}
