package nl.nazorg.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.nazorg.security.Aanmeldingen.Aanmelding;
import nl.nazorg.security.OidcInstellingen.Groepsvertaling;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * Who a token of the OpenID provider is for nazorg: the Camunda user from the user claim and the nazorg groups
 * translated from the groups claim, read anew from every token, so a person moved to another PI at the provider has
 * the new PI's groups at the next login. Camunda's identity tables are not asked. A token of one of the
 * {@code koppeling-clients} (client credentials) is the system account with the groups Camunda gives it.
 */
final class OidcGebruikers {

    private final String gebruikerClaim;
    private final String groepenClaim;
    private final Map<String, Set<String>> vertaling;
    private final Set<String> koppelingClients;
    private final String koppelingGebruiker;
    private final Aanmeldingen aanmeldingen;

    OidcGebruikers(OidcInstellingen instellingen, String koppelingGebruiker, Aanmeldingen aanmeldingen) {
        this.gebruikerClaim = instellingen.gebruikerClaim();
        this.groepenClaim = instellingen.groepenClaim();
        this.vertaling = instellingen.groepen().stream().collect(Collectors.groupingBy(Groepsvertaling::extern,
                Collectors.mapping(Groepsvertaling::nazorg, Collectors.toCollection(LinkedHashSet::new))));
        this.koppelingClients = Set.copyOf(instellingen.koppelingClients());
        this.koppelingGebruiker = koppelingGebruiker;
        this.aanmeldingen = aanmeldingen;
    }

    /** The login of a token's claims; refused when the token names no usable user. */
    Aanmelding van(Map<String, Object> claims) {
        if (isKoppeling(claims)) {
            return aanmeldingen.zonderWachtwoord(koppelingGebruiker);
        }
        Object gebruiker = claims.get(gebruikerClaim);
        if (!(gebruiker instanceof String id) || id.isBlank() || id.chars().anyMatch(Character::isISOControl)) {
            throw new BadCredentialsException("Het token noemt geen gebruiker in claim '" + gebruikerClaim + "'");
        }
        return new Aanmelding(id, groepen(claims.get(groepenClaim)), List.of());
    }

    /**
     * Client credentials tokens name their client in client_id (RFC 9068), azp, or as subject; such a client is
     * registered at the provider for client credentials only, so no person gets a token issued to it.
     */
    private boolean isKoppeling(Map<String, Object> claims) {
        return List.of("client_id", "azp", "sub").stream().map(claims::get).filter(Objects::nonNull)
                .anyMatch(koppelingClients::contains);
    }

    private List<String> groepen(Object claim) {
        Collection<?> extern = claim instanceof Collection<?> lijst ? lijst : claim instanceof String een ? List.of(een) : List.of();
        return extern.stream().map(String::valueOf).flatMap(groep -> vertaling.getOrDefault(groep, Set.of()).stream())
                .distinct().toList();
    }
}
