package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.demo.Proefpersonen;
import oidcprovider.OidcTestprovider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

/**
 * Single sign-on on the REST APIs and the webapps' login and logout, against the tests' real OpenID provider: the
 * engine and /api/v1 see the token's user with the groups the token carries (translated), a token that is expired,
 * forged, of another issuer or for another audience is refused with 401, the koppeling reports detentions with a
 * client credentials token, a group change at the provider holds from the next token on.
 */
class OidcAanmeldingTest extends PostgresSpringTest implements OidcIngesteld {

    @LocalServerPort int poort;

    private OidcTestprovider provider;
    private String terPeel;

    @BeforeEach
    void casusInTerPeel() {
        provider = OidcTestprovider.actief();
        terPeel = TestCasussen.nieuwDetentieId();
        HttpResponse<String> gemeld = ApiKlant.metToken(poort, provider.koppelingToken()).post("/api/v1/detenties", melding(terPeel));
        assertThat(gemeld.statusCode()).as(gemeld.body()).isEqualTo(201);
    }

    @Test
    void deKoppelingMeldtMetClientCredentialsEenPersoonNiet() {
        provider.gebruiker("sso-cm-melder", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        ApiKlant persoon = ApiKlant.metToken(poort, provider.toegangstoken("sso-cm-melder"));
        assertThat(persoon.post("/api/v1/detenties", melding(TestCasussen.nieuwDetentieId())).statusCode()).isEqualTo(403);
        assertThat(persoon.get("/api/v1/detenties/" + terPeel).statusCode()).isEqualTo(200);
    }

    @Test
    void deGroepenKomenUitHetTokenEnEenWijzigingGeldtBijHetVolgende() {
        provider.gebruiker("sso-verhuizer", List.of(OidcIngesteld.extern("casemanager-sittard")));
        ApiKlant inSittard = ApiKlant.metToken(poort, provider.toegangstoken("sso-verhuizer"));
        assertThat(inSittard.get("/api/v1/detenties/" + terPeel).statusCode()).isEqualTo(404);
        assertThat(aantalInstanties(inSittard)).isZero();

        provider.gebruiker("sso-verhuizer", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        ApiKlant inTerPeel = ApiKlant.metToken(poort, provider.toegangstoken("sso-verhuizer"));
        assertThat(inTerPeel.get("/api/v1/detenties/" + terPeel).statusCode()).isEqualTo(200);
        assertThat(aantalInstanties(inTerPeel)).isPositive();
    }

    @Test
    void eenGroepZonderVertalingGeeftGeenRechten() {
        provider.gebruiker("sso-onbekend", List.of("casemanager-ter-peel", "Org ONBEKEND"));
        ApiKlant zonder = ApiKlant.metToken(poort, provider.toegangstoken("sso-onbekend"));
        assertThat(zonder.get("/api/v1/detenties/" + terPeel).statusCode()).isEqualTo(404);
        assertThat(aantalInstanties(zonder)).isZero();
    }

    @Test
    void verlopenVervalstVanEenAndereUitgeverOfVoorEenAnderSysteemWordtGeweigerd() {
        provider.gebruiker("sso-cm-tokens", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        Consumer<JwtClaimsSet.Builder> geldig = provider.geldigVoor("sso-cm-tokens");
        Instant nu = Instant.now();
        Map<String, String> tokens = Map.of(
                "verlopen", provider.ondertekend(geldig.andThen(c -> c.issuedAt(nu.minus(Duration.ofMinutes(20)))
                        .expiresAt(nu.minus(Duration.ofMinutes(10))))),
                "vervalst", provider.vervalst(geldig),
                "andere uitgever", provider.ondertekend(geldig.andThen(c -> c.issuer("http://localhost:1/andere-uitgever"))),
                "ander publiek", provider.ondertekend(geldig.andThen(c -> c.audience(List.of("ander-systeem")))),
                "geen token", "dit-is-geen-jwt");
        for (String pad : List.of("/engine-rest/task?processInstanceBusinessKey=" + terPeel, "/api/v1/detenties/" + terPeel)) {
            assertThat(ApiKlant.metToken(poort, provider.ondertekend(geldig)).get(pad).statusCode())
                    .as("the same token, valid, on " + pad).isEqualTo(200);
            tokens.forEach((soort, token) -> {
                HttpResponse<String> antwoord = ApiKlant.metToken(poort, token).get(pad);
                assertThat(antwoord.statusCode()).as(soort + " on " + pad).isEqualTo(401);
                assertThat(antwoord.body()).as(soort).contains("Niet aangemeld").doesNotContain(token);
            });
        }
    }

    @Test
    void eenWebappSessieHoudtDeGroepenUitHetTokenOokNaCamundasHerlezing() throws Exception {
        provider.gebruiker("sso-blijver", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        WebappSessie sessie = WebappSessie.viaProvider(poort, provider, "sso-blijver");
        assertThat(sessie.isAangemeld()).isTrue();
        Thread.sleep(1500); // past camunda.bpm.webapp.auth.cache.time-to-live of OidcIngesteld
        HttpResponse<String> casus = sessie.get("/camunda/api/engine/engine/default/process-instance?businessKey=" + terPeel);
        assertThat(casus.statusCode()).as(casus.body()).isEqualTo(200);
        assertThat(casus.body()).contains(terPeel);
        assertThat(sessie.get("/camunda/api/admin/auth/user/default").body()).contains("\"sso-blijver\"");
    }

    @Test
    void eenWebappSessieEindigtAlsDeProviderHetTokenNietMeerVerlengt() throws Exception {
        provider.gebruiker("sso-geblokkeerd", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        provider.nazorgTokenduur(Duration.ofSeconds(61)); // Spring renews a token from a minute before it expires
        try {
            WebappSessie sessie = WebappSessie.viaProvider(poort, provider, "sso-geblokkeerd");
            assertThat(sessie.isAangemeld()).isTrue();
            Thread.sleep(1500);
            assertThat(sessie.get("/camunda/api/admin/auth/user/default").statusCode()).as("renewed").isEqualTo(200);

            provider.trekToestemmingenIn("sso-geblokkeerd");
            Thread.sleep(1500);
            assertThat(sessie.get("/camunda/api/engine/engine/default/process-instance?businessKey=" + terPeel).statusCode())
                    .isEqualTo(401);
            assertThat(sessie.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
        } finally {
            provider.nazorgTokenduur(Duration.ofMinutes(5));
        }
    }

    @Test
    void welkeWebappsVolgtUitDeGroepenVanHetToken() {
        provider.gebruiker("sso-beheer", List.of(OidcIngesteld.extern("beheerder"), OidcIngesteld.extern("camunda-admin")));
        provider.gebruiker("sso-cm-webapps", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        String beheer = WebappSessie.viaProvider(poort, provider, "sso-beheer").get("/camunda/api/admin/auth/user/default").body();
        assertThat(beheer).contains("\"admin\"", "\"cockpit\"", "\"tasklist\"");
        String casemanager = WebappSessie.viaProvider(poort, provider, "sso-cm-webapps").get("/camunda/api/admin/auth/user/default").body();
        assertThat(casemanager).contains("\"tasklist\"").doesNotContain("\"admin\"");
    }

    @Test
    void wachtwoordenAlleenNogOpDeRestApisNietInDeWebapps() {
        assertThat(WebappSessie.logIn(poort, "cm-terpeel", "tasklist").isAangemeld()).isFalse();
        assertThat(new ApiKlant(poort, "cm-terpeel").get("/api/v1/detenties/" + terPeel).statusCode()).isEqualTo(200);
    }

    @Test
    void uitloggenBeeindigtOokDeSessieBijDeProvider() throws Exception {
        provider.gebruiker("sso-uitlogger", List.of(OidcIngesteld.extern("casemanager-ter-peel")));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String basis = "http://localhost:" + poort;
        String pagina = basis + "/camunda/app/tasklist/default/";
        assertThat(provider.meldAan(browser, pagina, "sso-uitlogger", basis + "/camunda/app/")).isEqualTo(pagina);
        assertThat(leesJson(browser, basis + "/camunda/api/admin/auth/user/default").body()).contains("\"sso-uitlogger\"");
        // with the provider's session, the next login needs no password
        assertThat(lees(browser, basis + "/oauth2/authorization/nazorg").headers().firstValue("Location")).get()
                .asString().startsWith(provider.issuer() + "/oauth2/authorize");

        HttpResponse<String> uit = lees(browser, basis + OidcAanmelding.UITLOGGEN);
        String naarProvider = uit.headers().firstValue("Location").orElseThrow();
        assertThat(naarProvider).startsWith(provider.issuer() + "/connect/logout").contains("id_token_hint=");
        assertThat(lees(browser, naarProvider).headers().firstValue("Location")).hasValue(basis + "/camunda/app/");
        assertThat(leesJson(browser, basis + "/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
        // the provider asks for the password again
        String volgende = lees(browser, basis + "/oauth2/authorization/nazorg").headers().firstValue("Location").orElseThrow();
        assertThat(lees(browser, volgende).headers().firstValue("Location")).hasValue(provider.issuer() + "/login");
    }

    private static HttpResponse<String> lees(HttpClient browser, String adres) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> leesJson(HttpClient browser, String adres) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int aantalInstanties(ApiKlant klant) {
        HttpResponse<String> antwoord = klant.get("/engine-rest/process-instance/count?businessKey=" + terPeel);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Integer.parseInt(antwoord.body().replaceAll("\\D", ""));
    }

    private static String melding(String detentieId) {
        return """
                {"detentieId": "%s", "bsn": "%s", "achternaam": "Token", "voorletters": "T.",
                 "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "GM0983", "piCode": "ter-peel",
                 "insluitingsdatum": "2026-11-02", "voorlopigeHechtenis": false, "verwachteUitstroomdatum": "2027-01-15"}"""
                .formatted(detentieId, Proefpersonen.bsn(new SecureRandom()));
    }
}
