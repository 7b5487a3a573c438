package nl.nazorg.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * The system account's credential that guessing cannot lock: {@code Authorization: Bearer <token>} with the token
 * configured per environment ({@code NAZORG_BEVEILIGING_KOPPELING_TOKEN}, at least 32 characters). It never reaches
 * Camunda's password check, so wrong passwords sent for {@code koppeling} slow down only password logins. Only the
 * SHA-256 of the token is kept, and compared in constant time. With single sign-on ({@link OidcAanmelding}) it is
 * also asked first for the bearer tokens that Spring Security's resource server reads.
 */
final class KoppelingToken implements AuthenticationConverter, AuthenticationProvider {

    static final int MINIMALE_LENGTE = 32;
    private static final String BEARER = "Bearer ";

    private final byte[] verwacht;
    private final String gebruiker;
    private final Aanmeldingen aanmeldingen;

    KoppelingToken(String token, String gebruiker, Aanmeldingen aanmeldingen) {
        if (token.length() < MINIMALE_LENGTE) {
            throw new IllegalStateException("NAZORG_BEVEILIGING_KOPPELING_TOKEN moet minstens " + MINIMALE_LENGTE
                    + " tekens lang zijn; maak er een met bijvoorbeeld: openssl rand -base64 48");
        }
        this.verwacht = sha256(token);
        this.gebruiker = gebruiker;
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        String kop = request.getHeader("Authorization");
        if (kop == null || !kop.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return new Aangeboden(kop.substring(BEARER.length()).trim());
    }

    @Override
    public Authentication authenticate(Authentication poging) {
        String token = (String) poging.getCredentials();
        if (!MessageDigest.isEqual(verwacht, sha256(token))) {
            throw new BadCredentialsException("Onbekend token");
        }
        return new AangemeldeGebruiker(aanmeldingen.zonderWachtwoord(gebruiker));
    }

    @Override
    public boolean supports(Class<?> soort) {
        return Aangeboden.class.isAssignableFrom(soort) || BearerTokenAuthenticationToken.class.isAssignableFrom(soort);
    }

    private static byte[] sha256(String tekst) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }

    /** A token as the request offers it, not yet checked. */
    private static final class Aangeboden extends AbstractAuthenticationToken {

        private final String token;

        Aangeboden(String token) {
            super(null);
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return "token";
        }
    }
}
