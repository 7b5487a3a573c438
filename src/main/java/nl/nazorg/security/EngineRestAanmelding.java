package nl.nazorg.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nazorg.security.Aanmeldingen.Aanmelding;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * For Camunda's {@link ProcessEngineAuthenticationFilter} on /engine-rest: the user is the one Spring Security's
 * filter chain authenticated (HTTP Basic or the koppeling's token), with groups and tenants, so the engine checks
 * its authorizations for exactly that user and does not look up the groups again. The pattern of Camunda's own
 * Spring Security integration, whose provider also reads the security context.
 */
public class EngineRestAanmelding implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Aanmelding aanmelding = AangemeldeGebruiker.huidige();
        if (aanmelding == null) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult resultaat = AuthenticationResult.successful(aanmelding.gebruiker());
        resultaat.setGroups(aanmelding.groepen());
        resultaat.setTenants(aanmelding.tenants());
        return resultaat;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"nazorg\"");
    }
}
