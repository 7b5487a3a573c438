package nl.nazorg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Real HTTP against the application under test, logged in as a demo user (password "demo"), with a bearer token, or
 * not at all.
 */
public final class ApiKlant {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int poort;
    private final String gebruiker;
    private final String wachtwoord;
    private final String token;

    public ApiKlant(int poort, String gebruiker) {
        this(poort, gebruiker, "demo", null);
    }

    private ApiKlant(int poort, String gebruiker, String wachtwoord, String token) {
        this.poort = poort;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        this.token = token;
    }

    /** Logged in with {@code Authorization: Bearer <token>} instead of a password. */
    public static ApiKlant metToken(int poort, String token) {
        return new ApiKlant(poort, null, null, token);
    }

    public ApiKlant als(String andereGebruiker) {
        return new ApiKlant(poort, andereGebruiker);
    }

    /** The same user with another password than the demo users' "demo". */
    public ApiKlant metWachtwoord(String anderWachtwoord) {
        return new ApiKlant(poort, gebruiker, anderWachtwoord, null);
    }

    public HttpResponse<String> get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    public HttpResponse<String> getMet(String pad, String accept) {
        return stuur(verzoek(pad).setHeader("Accept", accept).GET());
    }

    public HttpResponse<byte[]> getBytes(String pad) {
        try {
            return http.send(verzoek(pad).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String pad, String body) {
        return post(pad, body, "application/json");
    }

    public HttpResponse<String> post(String pad, String body, String contentType) {
        return stuur(verzoek(pad).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postMet(String pad, String body, String accept) {
        return stuur(verzoek(pad).setHeader("Accept", accept).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String pad, String body) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String pad) {
        return stuur(verzoek(pad).DELETE());
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Accept", "application/json");
        if (gebruiker != null) {
            String login = Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + login);
        } else if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
