package nl.nazorg.documenten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's login to a Camunda webapp (session cookie and XSRF token), for what the Tasklist plugin reads. */
final class WebappLogin {

    private final HttpClient http;
    private final CookieManager koekjes;
    private final String basis;

    private WebappLogin(int poort) {
        this.koekjes = new CookieManager();
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).build();
        this.basis = "http://localhost:" + poort;
    }

    static WebappLogin anoniem(int poort) {
        return new WebappLogin(poort);
    }

    static WebappLogin tasklist(int poort, String gebruiker) {
        WebappLogin login = new WebappLogin(poort);
        login.stuur(login.verzoek("/camunda/app/tasklist/default/").GET(), HttpResponse.BodyHandlers.discarding());
        int status = login.stuur(login.verzoek("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                        + "&password=demo")), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("Aanmelden als " + gebruiker + " in Tasklist gaf " + status);
        }
        login.stuur(login.verzoek("/camunda/api/admin/auth/user/default").GET(), HttpResponse.BodyHandlers.discarding());
        return login;
    }

    HttpResponse<String> get(String pad) {
        return stuur(verzoek(pad).header("Accept", "application/json").GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String pad) {
        return stuur(verzoek(pad).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad));
        koekjes.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> verzoek.header("X-XSRF-TOKEN", token));
        return verzoek;
    }

    private <T> HttpResponse<T> stuur(HttpRequest.Builder verzoek, HttpResponse.BodyHandler<T> lezer) {
        try {
            return http.send(verzoek.build(), lezer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
