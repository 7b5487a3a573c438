package nl.nazorg.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
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
        Authorization autorisatie = autorisaties.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groep)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
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
        autorisaties.saveAuthorization(autorisatie);
    }

    public void trekIn(String groep, Resource resource, String resourceId) {
        autorisaties.createAuthorizationQuery()
                .groupIdIn(groep)
                .resourceType(resource)
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
