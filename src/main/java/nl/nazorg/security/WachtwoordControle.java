package nl.nazorg.security;

import nl.nazorg.api.DatabaseStoring;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic against Camunda's identity service ({@link Aanmeldingen}): the user Spring Security accepts is one the
 * engine knows, with the groups and tenants the engine would find. A database that cannot be reached is not a wrong
 * password: it surfaces as a service failure, which {@link NietAangemeld} answers with 503.
 */
final class WachtwoordControle implements AuthenticationProvider {

    private final Aanmeldingen aanmeldingen;

    WachtwoordControle(Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public Authentication authenticate(Authentication poging) {
        String gebruiker = poging.getName();
        Object wachtwoord = poging.getCredentials();
        if (gebruiker == null || gebruiker.isEmpty() || !(wachtwoord instanceof String tekst)
                || gebruiker.chars().anyMatch(Character::isISOControl)) {
            throw new BadCredentialsException("Onbekende gebruiker of fout wachtwoord");
        }
        try {
            return aanmeldingen.controleer(gebruiker, tekst).map(AangemeldeGebruiker::new)
                    .orElseThrow(() -> new BadCredentialsException("Onbekende gebruiker of fout wachtwoord"));
        } catch (RuntimeException fout) {
            if (DatabaseStoring.isOorzaakVan(fout)) {
                throw new AuthenticationServiceException(DatabaseStoring.DETAIL, fout);
            }
            throw fout;
        }
    }

    @Override
    public boolean supports(Class<?> soort) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(soort);
    }
}
