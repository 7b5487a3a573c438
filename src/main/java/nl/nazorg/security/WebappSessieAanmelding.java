package nl.nazorg.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.nazorg.security.Aanmeldingen.Aanmelding;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * People log in to Tasklist, Cockpit and Admin through Camunda's own login page, which keeps the user in the HTTP
 * session. This filter hands that user to Spring Security for the request, so the rules of {@link Beveiliging} know
 * who is asking. A request without such a session is anonymous, whatever headers it carries: the webapps' APIs take
 * no HTTP Basic, because the engine would not see that user.
 */
final class WebappSessieAanmelding extends OncePerRequestFilter {

    private final String engine;

    WebappSessieAanmelding(String engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            Authentications aanmeldingen = AuthenticationUtil.getAuthsFromSession(sessie);
            if (aanmeldingen.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication gebruiker) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new AangemeldeGebruiker(new Aanmelding(gebruiker.getIdentityId(),
                        lijst(gebruiker.getGroupIds()), lijst(gebruiker.getTenantIds()))));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private static List<String> lijst(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }

}
