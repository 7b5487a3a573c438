package nl.nazorg.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants and revokes Camunda authorizations for groups, without duplicates: granting twice changes nothing. */
@Component
public class Autorisaties {

    private final AuthorizationService autorisaties;

    public Autorisaties(AuthorizationService autorisaties) {
        this.autorisaties = autorisaties;
    }

    public void verleen(String groep, Resource resource, String resourceId, Permission... permissies) {
        voorraad(List.of(groep)).verleen(groep, resource, resourceId, permissies);
    }

    /**
     * Grants for many groups at once: the grants of all of them on one resource are read in one query, the first time
     * that resource is granted, so that a set-up of hundreds of groups reads little and writes only what is missing.
     */
    public Voorraad voorraad(Collection<String> groepen) {
        return new Voorraad(groepen.toArray(String[]::new));
    }

    public final class Voorraad {

        private final String[] groepen;
        private final Map<String, Map<String, Authorization>> perResource = new HashMap<>();

        private Voorraad(String[] groepen) {
            this.groepen = groepen;
        }

        public void verleen(String groep, Resource resource, String resourceId, Permission... permissies) {
            Map<String, Authorization> perGroep = perResource.computeIfAbsent(resource.resourceType() + ":" + resourceId,
                    sleutel -> lees(resource, resourceId));
            Authorization autorisatie = perGroep.get(groep);
            if (autorisatie == null) {
                autorisatie = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                autorisatie.setGroupId(groep);
                autorisatie.setResource(resource);
                autorisatie.setResourceId(resourceId);
            } else if (heeftAlle(autorisatie, permissies)) {
                return;
            }
            for (Permission permissie : permissies) {
                autorisatie.addPermission(permissie);
            }
            perGroep.put(groep, autorisaties.saveAuthorization(autorisatie));
        }

        private Map<String, Authorization> lees(Resource resource, String resourceId) {
            Map<String, Authorization> perGroep = new HashMap<>();
            autorisaties.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .groupIdIn(groepen)
                    .resourceType(resource)
                    .resourceId(resourceId)
                    .list()
                    .forEach(a -> perGroep.put(a.getGroupId(), a));
            return perGroep;
        }
    }

    public void trekIn(String groep, Resource resource, String resourceId) {
        verwijder(autorisaties.createAuthorizationQuery().groupIdIn(groep), resource, resourceId);
    }

    public void trekInVoorGebruiker(String gebruiker, Resource resource, String resourceId) {
        verwijder(autorisaties.createAuthorizationQuery().userIdIn(gebruiker), resource, resourceId);
    }

    private void verwijder(AuthorizationQuery vanWie, Resource resource, String resourceId) {
        vanWie.resourceType(resource)
                .resourceId(resourceId)
                .list()
                .forEach(a -> autorisaties.deleteAuthorization(a.getId()));
    }

    private static boolean heeftAlle(Authorization autorisatie, Permission[] permissies) {
        for (Permission permissie : permissies) {
            if (!autorisatie.isPermissionGranted(permissie)) {
                return false;
            }
        }
        return true;
    }
}
