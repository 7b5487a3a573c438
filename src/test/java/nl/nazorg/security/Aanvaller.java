package nl.nazorg.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One caller of the attack test: anonymous, or a demo user who is logged in to the webapps (session cookie and XSRF
 * token, as the browser is) and also sends HTTP Basic on every request, so each route meets the kind of login it
 * does not take as well as the one it does.
 */
final class Aanvaller {

    private final String naam;
    private final String basis;
    private final CookieManager koekjes = new CookieManager();
    private final HttpClient http;

    private Aanvaller(String naam, int poort) {
        this.naam = naam;
        this.basis = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).build();
    }

    /** Anonymous, but with the XSRF token that any page load hands out. */
    static Aanvaller anoniem(int poort) {
        Aanvaller aanvaller = new Aanvaller(null, poort);
        aanvaller.stuur("GET", "/camunda/app/tasklist/default/", null, null);
        return aanvaller;
    }

    static Aanvaller aangemeld(int poort, String gebruiker, String app) {
        Aanvaller aanvaller = new Aanvaller(gebruiker, poort);
        aanvaller.stuur("GET", "/camunda/app/" + app + "/default/", null, null);
        HttpResponse<String> login = aanvaller.stuur("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                ("username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8) + "&password=demo").getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        if (login.statusCode() != 200) {
            throw new IllegalStateException(gebruiker + " kon niet inloggen in " + app + ": " + login.statusCode());
        }
        aanvaller.stuur("GET", "/camunda/api/admin/auth/user/default", null, null); // the new session's XSRF token
        return aanvaller;
    }

    String naam() {
        return naam == null ? "anoniem" : naam;
    }

    boolean isAnoniem() {
        return naam == null;
    }

    HttpResponse<String> stuur(String methode, String adres, byte[] body, String contentType) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + adres)).header("Accept", "application/json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            verzoek.header("Content-Type", contentType);
        }
        if (naam != null) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((naam + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        koekjes.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().ifPresent(token -> verzoek.header("X-XSRF-TOKEN", token));
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(naam() + " " + methode + " " + adres, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
