package nl.nazorg.partner;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which implementation serves each port to another system, and how to reach it ({@code nazorg.koppelingen}).
 *
 * @param gcos          the ZVH register (GCOS), port {@code nl.nazorg.zvh.ZvhRegister}
 * @param gemeenteTeams the gemeente teams lookup ({@code gemeente-teams}), port {@code nl.nazorg.zvh.GemeenteTeams}
 * @param injus         Injus / Berichtenbox Re-integratie, port {@code nl.nazorg.beeldvorming.Injus}
 */
@ConfigurationProperties("nazorg.koppelingen")
public record Koppelingen(Koppeling gcos, Koppeling gemeenteTeams, Koppeling injus) {

    public static final String PREFIX = "nazorg.koppelingen";

    public Koppelingen {
        gcos = gcos == null ? Koppeling.ingebouwd() : gcos;
        gemeenteTeams = gemeenteTeams == null ? Koppeling.ingebouwd() : gemeenteTeams;
        injus = injus == null ? Koppeling.ingebouwd() : injus;
    }

    /** {@code ingebouwd} (default): the application's own tables; {@code http}: the system's JSON API. */
    public enum Modus { INGEBOUWD, HTTP }

    /**
     * One system.
     *
     * @param modus          {@code ingebouwd} (default) or {@code http}; another value stops the application at start-up
     * @param url            base URL of the JSON API, {@code https://…}; plain {@code http://} only to localhost
     * @param gebruiker      HTTP Basic user name (with {@code wachtwoord})
     * @param wachtwoord     HTTP Basic password
     * @param token          bearer token, instead of gebruiker and wachtwoord
     * @param connectTimeout time to set up the connection (default 5 s)
     * @param readTimeout    time to wait for the answer (default 30 s)
     */
    public record Koppeling(Modus modus, String url, String gebruiker, String wachtwoord, String token,
                            Duration connectTimeout, Duration readTimeout) {

        public static final Duration STANDAARD_CONNECT_TIMEOUT = Duration.ofSeconds(5);
        public static final Duration STANDAARD_READ_TIMEOUT = Duration.ofSeconds(30);

        public Koppeling {
            modus = modus == null ? Modus.INGEBOUWD : modus;
            url = leegIsNull(url);
            gebruiker = leegIsNull(gebruiker);
            wachtwoord = leegIsNull(wachtwoord);
            token = leegIsNull(token);
            connectTimeout = connectTimeout == null ? STANDAARD_CONNECT_TIMEOUT : connectTimeout;
            readTimeout = readTimeout == null ? STANDAARD_READ_TIMEOUT : readTimeout;
        }

        public static Koppeling ingebouwd() {
            return new Koppeling(Modus.INGEBOUWD, null, null, null, null, null, null);
        }

        /** Never shows the password or the token. */
        @Override
        public String toString() {
            return "Koppeling[modus=" + modus + ", url=" + url + ", gebruiker=" + gebruiker
                    + ", wachtwoord=" + (wachtwoord == null ? null : "***") + ", token=" + (token == null ? null : "***")
                    + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
        }

        private static String leegIsNull(String waarde) {
            return waarde == null || waarde.isBlank() ? null : waarde.trim();
        }
    }
}
