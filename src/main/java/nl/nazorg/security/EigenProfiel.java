package nl.nazorg.security;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Camunda's identity in the database, plus one user it does not hold: a person logged in by single sign-on sees their
 * own profile (Tasklist's header asks for it by id), with the name from their ID token. Such a person is in no
 * identity table, and Camunda answered that request with 404 and an error in the browser. Only a plain lookup of the
 * logged-in user's own id is answered this way, and only when the tables do not know that id; every other question
 * goes to the tables as before. Camunda's OAuth2 starter answers the same request from the token in the same way.
 */
class EigenProfiel extends DbIdentityServiceProvider {

    @Override
    public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
        List<User> gevonden = super.findUserByQueryCriteria(query);
        UserEntity eigen = gevonden.isEmpty() && alleenOpId(query) ? zonderIdentiteit(query.getId()) : null;
        return eigen == null ? gevonden : List.of(eigen);
    }

    @Override
    public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
        long aantal = super.findUserCountByQueryCriteria(query);
        return aantal == 0 && alleenOpId(query) && zonderIdentiteit(query.getId()) != null ? 1 : aantal;
    }

    private UserEntity zonderIdentiteit(String id) {
        org.camunda.bpm.engine.impl.identity.Authentication engine = getCurrentAuthentication();
        if (engine == null || !id.equals(engine.getUserId())
                || getDbEntityManager().selectById(UserEntity.class, id) != null) {
            return null;
        }
        UserEntity gebruiker = new UserEntity(id);
        Authentication spring = SecurityContextHolder.getContext().getAuthentication();
        if (spring != null && spring.getPrincipal() instanceof OidcUser persoon) {
            gebruiker.setFirstName(persoon.getGivenName());
            gebruiker.setLastName(persoon.getFamilyName());
            gebruiker.setEmail(persoon.getEmail());
        }
        return gebruiker;
    }

    private static boolean alleenOpId(DbUserQueryImpl query) {
        return query.getId() != null && query.getIds() == null && query.getFirstName() == null
                && query.getFirstNameLike() == null && query.getLastName() == null && query.getLastNameLike() == null
                && query.getEmail() == null && query.getEmailLike() == null && query.getGroupId() == null
                && query.getTenantId() == null;
    }
}
