package nl.nazorg.partner;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.partner.Koppelingen.Koppeling;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

/**
 * JSON over HTTPS to one other system, for the ports' HTTP adapters: base URL, authentication and timeouts from
 * {@link Koppeling}, Spring's {@link RestClient} on the JDK {@link HttpClient}.
 * <p>
 * Rules every adapter gets from here:
 * <ul>
 *   <li>Only {@code POST} with a JSON body: a bsn travels in the body, never in a URL (URLs end up in access logs).</li>
 *   <li>{@code https://}; plain {@code http://} only to localhost (tests, a local stub). No credentials, query or
 *       fragment in the URL. Authentication is HTTP Basic ({@code gebruiker} + {@code wachtwoord}) or a bearer
 *       {@code token}, exactly one of the two. Redirects are not followed. Certificates are checked against the JVM's
 *       trust store ({@code -Djavax.net.ssl.trustStore=…} for a private CA).</li>
 *   <li>{@code connect-timeout} bounds setting up the connection, {@code read-timeout} waiting for the answer
 *       (headers and body).</li>
 *   <li>No connection, a timeout, a 1xx/3xx/5xx answer, an unreadable or oversized 2xx body: {@link KoppelingFout}.
 *       2xx and 4xx answers go back to the adapter, which knows which 4xx its contract allows and throws
 *       {@link #onverwacht} for the others.</li>
 *   <li>The body is serialised here, so even Spring's debug logging of the request shows bytes, not a bsn; nothing is
 *       logged by this class.</li>
 * </ul>
 */
public final class HttpKoppeling {

    /** Larger answers are refused: no partner answer in these contracts is more than a few hundred bytes. */
    static final int MAX_ANTWOORD = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String systeem;
    private final String basis;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RestClient client;

    /**
     * @param systeem     the name in error messages ("GCOS")
     * @param instelling  the configuration prefix ("nazorg.koppelingen.gcos"), named when a setting is wrong
     * @param koppeling   the settings
     * @throws IllegalStateException when the settings are incomplete or unsafe (stops the application at start-up)
     */
    public HttpKoppeling(String systeem, String instelling, Koppeling koppeling) {
        this.systeem = systeem;
        this.basis = basisUrl(instelling, koppeling.url());
        this.connectTimeout = positief(instelling + ".connect-timeout", koppeling.connectTimeout());
        this.readTimeout = positief(instelling + ".read-timeout", koppeling.readTimeout());
        HttpHeaders authenticatie = authenticatie(instelling, koppeling);
        JdkClientHttpRequestFactory verzoeken = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        verzoeken.setReadTimeout(readTimeout);
        this.client = RestClient.builder()
                .requestFactory(verzoeken)
                .defaultHeaders(headers -> headers.addAll(authenticatie))
                .build();
    }

    /** The system's name, as in the error messages. */
    public String systeem() {
        return systeem;
    }

    /** The base URL the paths are appended to, without trailing slash. */
    public String basis() {
        return basis;
    }

    /**
     * POSTs {@code inhoud} as JSON (or no body when null) to {@code basis + pad}.
     *
     * @param handeling what is being done, for error messages ("zoeken")
     * @param pad       starts with "/"; put variable parts through {@link #segment}
     * @param extra     extra request headers, or null
     * @return the answer when its status is 2xx (with the body) or 4xx (without)
     * @throws KoppelingFout on any other status, no connection, a timeout or a body that is too large
     */
    public Antwoord post(String handeling, String pad, Object inhoud, Map<String, String> extra) {
        byte[] json = inhoud == null ? null : alsJson(inhoud);
        try {
            RestClient.RequestBodySpec verzoek = client.post()
                    .uri(URI.create(basis + pad))
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(headers -> {
                        if (extra != null) {
                            extra.forEach(headers::set);
                        }
                    });
            if (json != null) {
                verzoek.contentType(MediaType.APPLICATION_JSON).body(json);
            }
            return verzoek.exchange((request, antwoord) -> {
                int status = antwoord.getStatusCode().value();
                if (status >= 200 && status < 300) {
                    return new Antwoord(status, leesBegrensd(handeling, status, antwoord.getBody()));
                }
                if (status >= 400 && status < 500) {
                    return new Antwoord(status, new byte[0]);
                }
                throw new KoppelingFout(systeem, status, kop(handeling) + "status " + status, null);
            });
        } catch (ResourceAccessException e) {
            throw new KoppelingFout(systeem, null, kop(handeling) + verbindingsprobleem(e), e);
        }
    }

    /**
     * Reads a 2xx body as {@code type}. Unknown fields are ignored.
     *
     * @throws KoppelingFout when the body is not JSON of that form; the message does not quote the body
     */
    public <T> T lees(String handeling, Antwoord antwoord, Class<T> type) {
        try {
            T waarde = JSON.readValue(antwoord.inhoud(), type);
            if (waarde == null) {
                throw new KoppelingFout(systeem, antwoord.status(), kop(handeling) + "leeg antwoord (status "
                        + antwoord.status() + ")", null);
            }
            return waarde;
        } catch (IOException e) {
            // Jackson's message may quote the body; the cause is left out on purpose.
            throw new KoppelingFout(systeem, antwoord.status(), kop(handeling) + "antwoord is geen geldige JSON van de "
                    + "afgesproken vorm (status " + antwoord.status() + ")", null);
        }
    }

    /** The exception for an answer the contract does not allow ("status 400"). */
    public KoppelingFout onverwacht(String handeling, Antwoord antwoord) {
        return new KoppelingFout(systeem, antwoord.status(), kop(handeling) + "onverwachte status " + antwoord.status(),
                null);
    }

    /** The exception for a 2xx answer that misses a field the contract requires. */
    public KoppelingFout onvolledig(String handeling, Antwoord antwoord, String veld) {
        return new KoppelingFout(systeem, antwoord.status(), kop(handeling) + "antwoord zonder '" + veld + "' (status "
                + antwoord.status() + ")", null);
    }

    /** One path segment, percent-encoded ("/casussen/" + segment(detentieId)). */
    public static String segment(String waarde) {
        return UriUtils.encodePathSegment(waarde, StandardCharsets.UTF_8);
    }

    /** A 2xx answer with its body, or a 4xx answer without. */
    public record Antwoord(int status, byte[] inhoud) {

        public boolean gelukt() {
            return status >= 200 && status < 300;
        }
    }

    private String kop(String handeling) {
        return systeem + " (" + basis + "): " + handeling + " mislukt, ";
    }

    private byte[] leesBegrensd(String handeling, int status, InputStream body) {
        byte[] inhoud;
        try {
            inhoud = body.readNBytes(MAX_ANTWOORD + 1);
        } catch (IOException e) {
            // The status came, the body did not: Spring's read timeout closes the stream, or the server hung up.
            throw new KoppelingFout(systeem, status, kop(handeling) + "antwoord (status " + status + ") niet volledig "
                    + "ontvangen binnen de read-timeout (" + readTimeout + ") of verbinding verbroken", e);
        }
        if (inhoud.length > MAX_ANTWOORD) {
            throw new KoppelingFout(systeem, status, kop(handeling) + "antwoord groter dan " + MAX_ANTWOORD
                    + " bytes (status " + status + ")", null);
        }
        return inhoud;
    }

    private String verbindingsprobleem(ResourceAccessException e) {
        for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof HttpConnectTimeoutException) {
                return "geen verbinding binnen de connect-timeout (" + connectTimeout + ")";
            }
            if (oorzaak instanceof HttpTimeoutException || oorzaak instanceof SocketTimeoutException) {
                return "geen antwoord binnen de read-timeout (" + readTimeout + ")";
            }
            if (oorzaak instanceof ConnectException) {
                return "geen verbinding (geweigerd)";
            }
            if (oorzaak instanceof UnknownHostException) {
                return "geen verbinding (host onbekend)";
            }
            if (oorzaak instanceof SSLException) {
                return "geen verbinding (TLS: " + oorzaak.getClass().getSimpleName() + ")";
            }
        }
        return "verbindingsfout zonder antwoord";
    }

    private static byte[] alsJson(Object inhoud) {
        try {
            return JSON.writeValueAsBytes(inhoud);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Verzoek niet als JSON te schrijven: " + inhoud.getClass().getName());
        }
    }

    private static String basisUrl(String instelling, String url) {
        if (url == null) {
            throw new IllegalStateException(instelling + ".url ontbreekt (modus http)");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(instelling + ".url is geen geldige URL");
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalStateException(instelling + ".url moet een volledige URL zijn (https://host/pad)");
        }
        String schema = uri.getScheme().toLowerCase();
        if (!schema.equals("https") && !(schema.equals("http") && isLokaal(uri.getHost()))) {
            throw new IllegalStateException(instelling + ".url moet https:// zijn (http:// alleen naar localhost)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalStateException(instelling + ".url mag geen gebruiker of wachtwoord bevatten; gebruik "
                    + instelling + ".gebruiker en .wachtwoord");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException(instelling + ".url mag geen query of fragment hebben");
        }
        String basis = uri.toString();
        while (basis.endsWith("/")) {
            basis = basis.substring(0, basis.length() - 1);
        }
        return basis;
    }

    private static boolean isLokaal(String host) {
        String h = host.toLowerCase();
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static HttpHeaders authenticatie(String instelling, Koppeling koppeling) {
        boolean basic = koppeling.gebruiker() != null || koppeling.wachtwoord() != null;
        boolean bearer = koppeling.token() != null;
        if (basic && bearer) {
            throw new IllegalStateException(instelling + ": kies gebruiker en wachtwoord óf token, niet beide");
        }
        HttpHeaders headers = new HttpHeaders();
        if (bearer) {
            headers.setBearerAuth(koppeling.token());
        } else if (koppeling.gebruiker() != null && koppeling.wachtwoord() != null) {
            headers.setBasicAuth(koppeling.gebruiker(), koppeling.wachtwoord(), StandardCharsets.UTF_8);
        } else if (basic) {
            throw new IllegalStateException(instelling + ": gebruiker en wachtwoord horen bij elkaar");
        } else {
            throw new IllegalStateException(instelling + ": geen authenticatie; zet gebruiker en wachtwoord of token");
        }
        return headers;
    }

    private static Duration positief(String instelling, Duration duur) {
        if (duur.isNegative() || duur.isZero()) {
            throw new IllegalStateException(instelling + " moet groter dan nul zijn");
        }
        return duur;
    }
}
