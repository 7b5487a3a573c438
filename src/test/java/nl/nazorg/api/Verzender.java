package nl.nazorg.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends a generated request exactly as generated: any method, header or body, over real HTTP/1.1. */
final class Verzender {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int poort;

    Verzender(int poort) {
        this.poort = poort;
    }

    HttpResponse<String> stuur(VijandigVerzoek verzoek) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + verzoek.pad()))
                .timeout(Duration.ofSeconds(20))
                .method(verzoek.methode(), verzoek.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(verzoek.body()));
        if (verzoek.autorisatie() != null) {
            builder.header("Authorization", verzoek.autorisatie());
        }
        if (verzoek.contentType() != null) {
            builder.header("Content-Type", verzoek.contentType());
        }
        if (verzoek.accept() != null) {
            builder.header("Accept", verzoek.accept());
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Geen antwoord op " + verzoek, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
