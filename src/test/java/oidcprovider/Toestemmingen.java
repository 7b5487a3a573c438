package oidcprovider;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The provider's issued authorizations (codes, access and refresh tokens), kept in memory as Spring Authorization
 * Server does by default, and withdrawable per person, as an administrator blocks someone: their refresh tokens
 * stop working.
 */
final class Toestemmingen implements OAuth2AuthorizationService {

    private final InMemoryOAuth2AuthorizationService opslag = new InMemoryOAuth2AuthorizationService();
    private final Map<String, Set<String>> perPersoon = new ConcurrentHashMap<>();

    @Override
    public void save(OAuth2Authorization toestemming) {
        opslag.save(toestemming);
        perPersoon.computeIfAbsent(toestemming.getPrincipalName(), naam -> ConcurrentHashMap.newKeySet()).add(toestemming.getId());
    }

    @Override
    public void remove(OAuth2Authorization toestemming) {
        opslag.remove(toestemming);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return opslag.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType soort) {
        return opslag.findByToken(token, soort);
    }

    void trekIn(String persoon) {
        perPersoon.getOrDefault(persoon, Set.of()).stream().map(opslag::findById)
                .filter(java.util.Objects::nonNull).forEach(opslag::remove);
    }
}
