package nl.nazorg.security;

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

import oidcprovider.OidcTestprovider;

/**
 * A user logged in to the webapps the way the browser does (session cookie and XSRF token), for what Cockpit
 * and Tasklist read and send through /camunda/api. A user without access to that webapp gets no session.
 */
final class WebappSessie {

    private final HttpClient http;
    private final CookieManager koekjes;
    private final String basis;
    private final boolean aangemeld;

    private WebappSessie(HttpClient http, CookieManager koekjes, String basis, boolean aangemeld) {
        this.http = http;
        this.koekjes = koekjes;
        this.basis = basis;
        this.aangemeld = aangemeld;
    }

    static WebappSessie logIn(int poort, String gebruiker, String app) {
        return logIn(poort, gebruiker, "demo", app);
    }

    static WebappSessie logIn(int poort, String gebruiker, String wachtwoord, String app) {
        CookieManager koekjes = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(koekjes).build();
        String basis = "http://localhost:" + poort;
        WebappSessie sessie = new WebappSessie(http, koekjes, basis, false);
        sessie.stuur(HttpRequest.newBuilder(URI.create(basis + "/camunda/app/" + app + "/default/")).GET());
        int status = sessie.stuur(sessie.metXsrf(basis + "/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8)))).statusCode();
        if (status == 200) {
            // the login starts a new session; its XSRF token comes with the next read, as in the browser
            sessie.stuur(HttpRequest.newBuilder(URI.create(basis + "/camunda/api/admin/auth/user/default")).GET());
        }
        return new WebappSessie(http, koekjes, basis, status == 200);
    }

    /**
     * A person logged in through single sign-on, as the browser does: the webapp page sends them to the provider's
     * login page and back. Logged in means the session's user may open Cockpit or Tasklist.
     */
    static WebappSessie viaProvider(int poort, OidcTestprovider provider, String persoon) {
        CookieManager koekjes = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER).build();
        String basis = "http://localhost:" + poort;
        provider.meldAan(http, basis + "/camunda/app/cockpit/default/", persoon, basis + "/camunda/app/");
        WebappSessie sessie = new WebappSessie(http, koekjes, basis, false);
        HttpResponse<String> gebruiker = sessie.get("/camunda/api/admin/auth/user/default");
        boolean aangemeld = gebruiker.statusCode() == 200
                && (gebruiker.body().contains("\"cockpit\"") || gebruiker.body().contains("\"tasklist\""));
        return new WebappSessie(http, koekjes, basis, aangemeld);
    }

    /** Without a webapp session: for a system that has none. */
    static WebappSessie viaNiemand(int poort) {
        return new WebappSessie(HttpClient.newHttpClient(), new CookieManager(), "http://localhost:" + poort, false);
    }

    boolean isAangemeld() {
        return aangemeld;
    }

    HttpResponse<String> get(String pad) {
        return stuur(metXsrf(basis + pad).header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String pad, String json) {
        return stuur(metXsrf(basis + pad).header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder metXsrf(String adres) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(adres));
        koekjes.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> verzoek.header("X-XSRF-TOKEN", token));
        return verzoek;
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
