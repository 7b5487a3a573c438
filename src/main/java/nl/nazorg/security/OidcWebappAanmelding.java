package nl.nazorg.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import java.io.IOException;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nazorg.security.Aanmeldingen.Aanmelding;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After the provider's login (authorization code flow): the person becomes the webapps' Camunda user in the HTTP
 * session, as Camunda's own login page would leave them, so Tasklist, Cockpit, Admin and {@link WebappSessieAanmelding}
 * work unchanged. Groups come from the ID token ({@link OidcGebruikers}), and which webapps the person may open from
 * Camunda's application authorizations for those groups, as {@link AuthenticationUtil#createAuthentication} decides
 * them; that method itself is not used because it wants the user in Camunda's identity tables.
 */
final class OidcWebappAanmelding extends SavedRequestAwareAuthenticationSuccessHandler {

    /**
     * Camunda's webapp filter re-reads a session's groups from its identity tables once this moment has passed (its
     * authentication cache); those tables do not know single sign-on users, so the token's groups hold for the session.
     */
    private static final Date NOOIT_HERLEZEN = new Date(Long.MAX_VALUE);

    private final ProcessEngine engine;
    private final OidcGebruikers gebruikers;

    OidcWebappAanmelding(ProcessEngine engine, OidcGebruikers gebruikers, RequestCache terugNaar) {
        this.engine = engine;
        this.gebruikers = gebruikers;
        setRequestCache(terugNaar);
        setDefaultTargetUrl("/camunda/app/tasklist/" + engine.getName() + "/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication aanmelding)
            throws ServletException, IOException {
        Aanmelding gebruiker;
        try {
            gebruiker = gebruikers.van(((OidcUser) aanmelding.getPrincipal()).getClaims());
        } catch (AuthenticationException onbruikbaar) {
            request.getSession().invalidate();
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld", onbruikbaar.getMessage());
            return;
        }
        UserAuthentication camunda = new UserAuthentication(gebruiker.gebruiker(), engine.getName());
        camunda.setGroupIds(gebruiker.groepen());
        camunda.setTenantIds(gebruiker.tenants());
        camunda.setAuthorizedApps(webapps(gebruiker));
        camunda.setCacheValidationTime(NOOIT_HERLEZEN);
        Authentications sessie = AuthenticationUtil.getAuthsFromSession(request.getSession());
        sessie.addOrReplace(camunda);
        AuthenticationUtil.updateSession(request.getSession(), sessie);
        super.onAuthenticationSuccess(request, response, aanmelding);
    }

    private Set<String> webapps(Aanmelding gebruiker) {
        AuthorizationService autorisaties = engine.getAuthorizationService();
        Set<String> webapps = new HashSet<>(Set.of(AuthenticationUtil.APP_WELCOME));
        for (String webapp : AuthenticationUtil.APPS) {
            if (autorisaties.isUserAuthorized(gebruiker.gebruiker(), gebruiker.groepen(), ACCESS, APPLICATION, webapp)) {
                webapps.add(webapp);
            }
        }
        return webapps;
    }
}
