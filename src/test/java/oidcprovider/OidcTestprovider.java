package oidcprovider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server in this JVM on a random port
 * ({@link ProviderContext}), started once. Its signing key, the clients' secrets and the users' passwords are made
 * at start; nothing of them is in the repository. People log in on its own login page; their groups (as the
 * provider names them) can be changed while it runs, as an administrator would in Keycloak.
 */
public final class OidcTestprovider {

    /** nazorg's client (authorization code) and the audience of every access token for nazorg. */
    public static final String NAZORG_CLIENT = "nazorg";
    /** A system with client credentials: the koppeling. */
    public static final String KOPPELING_CLIENT = "ketenkoppeling";
    /** A command-line client of the tests: gets people's access tokens through the real login (with PKCE). */
    static final String TEST_CLIENT = "nazorg-testklant";
    static final String TEST_TERUG = "http://127.0.0.1/terug";

    private static OidcTestprovider actief;

    private final ConfigurableApplicationContext context;
    private final String issuer;
    private final RSAKey sleutel;
    private final Map<String, List<String>> groepen;
    private final Map<String, String> wachtwoorden;
    private final Map<String, String> geheimen;
    private final Klanten klanten;

    private OidcTestprovider(ConfigurableApplicationContext context, RSAKey sleutel, Map<String, List<String>> groepen,
                             Map<String, String> wachtwoorden, Map<String, String> geheimen) {
        this.context = context;
        this.issuer = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.sleutel = sleutel;
        this.groepen = groepen;
        this.wachtwoorden = wachtwoorden;
        this.geheimen = geheimen;
        this.klanten = context.getBean(Klanten.class);
    }

    /** The one provider of this test JVM, started at the first call. */
    public static synchronized OidcTestprovider actief() {
        if (actief == null) {
            actief = start();
        }
        return actief;
    }

    private static OidcTestprovider start() {
        RSAKey sleutel = nieuweSleutel();
        Map<String, List<String>> groepen = new ConcurrentHashMap<>();
        Map<String, String> wachtwoorden = new ConcurrentHashMap<>();
        Map<String, String> geheimen = Map.of(NAZORG_CLIENT, geheim(), KOPPELING_CLIENT, geheim());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderContext.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("providerSleutel", new ImmutableJWKSet<SecurityContext>(new JWKSet(sleutel)));
                    ctx.getBeanFactory().registerSingleton("providerGroepen", new Groepen(groepen));
                    ctx.getBeanFactory().registerSingleton("providerGebruikers", new Gebruikers(wachtwoorden));
                    ctx.getBeanFactory().registerSingleton("providerKlanten", new Klanten(geheimen));
                })
                // no application.yaml of nazorg; a session cookie of its own, or it would take nazorg's on localhost
                .properties("spring.config.name=oidc-testprovider", "server.port=0",
                        "server.servlet.session.cookie.name=TESTPROVIDERSESSIE",
                        // nazorg's check for an administrator (security/BeheerderUitConfiguratie) runs at every Spring Boot start
                        "camunda.bpm.admin-user.id=testprovider", "camunda.bpm.admin-user.password=" + geheim())
                .run();
        return new OidcTestprovider(context, sleutel, groepen, wachtwoorden, geheimen);
    }

    public String issuer() {
        return issuer;
    }

    public String geheimVan(String client) {
        return geheimen.get(client);
    }

    /** nazorg at this address may receive logins (its redirect URI), once its port is known. */
    public void kentNazorgOp(int poort) {
        klanten.nazorgOp(poort);
    }

    /** A person at the provider, in these groups (provider names); again: the groups change. */
    public void gebruiker(String naam, List<String> providerGroepen) {
        wachtwoorden.computeIfAbsent(naam, n -> geheim());
        groepen.put(naam, List.copyOf(providerGroepen));
    }

    /** nazorg's access tokens live this long from the next login or refresh on. */
    public void nazorgTokenduur(Duration duur) {
        klanten.nazorgTokenduur(duur);
    }

    /** The person's refresh tokens (and access tokens) are withdrawn, as when an administrator blocks them. */
    public void trekToestemmingenIn(String naam) {
        context.getBean(Toestemmingen.class).trekIn(naam);
    }

    public String wachtwoordVan(String naam) {
        return wachtwoorden.get(naam);
    }

    /** A token signed with the provider's own key, with claims as the test sets them (iss, aud, exp, ...). */
    public String ondertekend(Consumer<JwtClaimsSet.Builder> claims) {
        return teken(sleutel, claims);
    }

    /** A token signed with another key that claims the provider's key id: a forgery. */
    public String vervalst(Consumer<JwtClaimsSet.Builder> claims) {
        return teken(new RSAKey.Builder(nieuweSleutel()).keyID(sleutel.getKeyID()).build(), claims);
    }

    /** The claims nazorg expects of a person's access token, valid for five minutes. */
    public Consumer<JwtClaimsSet.Builder> geldigVoor(String naam) {
        Instant nu = Instant.now();
        return claims -> claims.issuer(issuer).subject(naam).audience(List.of(NAZORG_CLIENT)).issuedAt(nu)
                .expiresAt(nu.plus(Duration.ofMinutes(5))).claim("preferred_username", naam)
                .claim("groups", groepen.getOrDefault(naam, List.of()));
    }

    /** An access token of the koppeling through the client credentials grant at the token endpoint. */
    public String koppelingToken() {
        HttpResponse<String> antwoord = stuur(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", basic(KOPPELING_CLIENT, geheimen.get(KOPPELING_CLIENT)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        return toegangstokenUit(antwoord);
    }

    /**
     * A person's access token the way a command-line tool gets one: the authorization code flow with PKCE, logging
     * in on the provider's login page with name and password.
     */
    public String toegangstoken(String naam) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = geheim() + geheim();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String autoriseer = issuer + "/oauth2/authorize?response_type=code&client_id=" + TEST_CLIENT + "&scope=openid%20profile"
                + "&redirect_uri=" + url(TEST_TERUG) + "&code_challenge_method=S256&code_challenge=" + challenge + "&state=" + UUID.randomUUID();
        String terug = meldAan(http, autoriseer, naam, TEST_TERUG);
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(terug);
        if (!code.find()) {
            throw new IllegalStateException("Geen code van de provider: " + terug);
        }
        HttpResponse<String> antwoord = stuur(http, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=" + TEST_CLIENT
                        + "&code=" + code.group(1) + "&redirect_uri=" + url(TEST_TERUG) + "&code_verifier=" + verifier)));
        return toegangstokenUit(antwoord);
    }

    /**
     * Follows the redirects from {@code start} as a browser does, logging in on the provider's page when it comes,
     * until the first redirect to an address beginning with {@code tot}; returns that address.
     */
    public String meldAan(HttpClient http, String start, String naam, String tot) {
        String adres = start;
        for (int stap = 0; stap < 20; stap++) {
            if (stap > 0 && adres.startsWith(tot)) {
                return adres;
            }
            HttpResponse<String> antwoord = stuur(http, HttpRequest.newBuilder(URI.create(adres)).header("Accept", "text/html").GET());
            if (antwoord.statusCode() == 200 && adres.startsWith(issuer + "/login")) {
                Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(antwoord.body());
                if (!csrf.find()) {
                    throw new IllegalStateException("Geen aanmeldformulier op " + adres);
                }
                antwoord = stuur(http, HttpRequest.newBuilder(URI.create(issuer + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + url(naam) + "&password="
                                + url(wachtwoorden.get(naam)) + "&_csrf=" + url(csrf.group(1)))));
            }
            HttpResponse<String> laatste = antwoord;
            String volgende = laatste.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("Aanmelden bleef steken op " + laatste.uri() + " (" + laatste.statusCode() + ")"));
            adres = laatste.uri().resolve(volgende).toString();
        }
        throw new IllegalStateException("Te veel omleidingen vanaf " + start);
    }

    private static String toegangstokenUit(HttpResponse<String> antwoord) {
        try {
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("Tokenendpoint antwoordde " + antwoord.statusCode());
            }
            return new ObjectMapper().readTree(antwoord.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String teken(RSAKey sleutel, Consumer<JwtClaimsSet.Builder> claims) {
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder();
        claims.accept(builder);
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(sleutel)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(sleutel.getKeyID()).build(),
                builder.build())).getTokenValue();
    }

    private static RSAKey nieuweSleutel() {
        KeyPair paar = sleutelpaar();
        return new RSAKey.Builder((RSAPublicKey) paar.getPublic()).privateKey((RSAPrivateKey) paar.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
    }

    private static KeyPair sleutelpaar() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String geheim() {
        byte[] willekeurig = new byte[24];
        new SecureRandom().nextBytes(willekeurig);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
    }

    private static byte[] sha256(String tekst) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String naam, String geheim) {
        return "Basic " + Base64.getEncoder().encodeToString((naam + ":" + geheim).getBytes(StandardCharsets.UTF_8));
    }

    private static String url(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> stuur(HttpClient http, HttpRequest.Builder verzoek) {
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The provider's people: the groups they are in now, read at every token. */
    record Groepen(Map<String, List<String>> vanGebruiker) {
    }

    /** The provider's people: their passwords. */
    record Gebruikers(Map<String, String> wachtwoorden) {
    }
}
