package nl.nazorg.security;

import java.util.List;

import nl.nazorg.security.Aanmeldingen.Aanmelding;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person or system behind a request as Spring Security holds it: the Camunda user with its groups and tenants,
 * so whatever runs behind the filter chain hands the engine exactly this user.
 */
final class AangemeldeGebruiker extends AbstractAuthenticationToken {

    private final Aanmelding aanmelding;

    AangemeldeGebruiker(Aanmelding aanmelding) {
        super(aanmelding.groepen().stream().map(SimpleGrantedAuthority::new).toList());
        this.aanmelding = aanmelding;
        setAuthenticated(true);
    }

    Aanmelding aanmelding() {
        return aanmelding;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return aanmelding.gebruiker();
    }

    List<String> groepen() {
        return aanmelding.groepen();
    }

    /** The user of the current request, when the filter chain authenticated one. */
    static Aanmelding huidige() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof AangemeldeGebruiker gebruiker
                ? gebruiker.aanmelding() : null;
    }
}
