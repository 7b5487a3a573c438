package nl.nazorg.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's authentication filter for /engine-rest with HTTP Basic through {@link Aanmeldingen}: the same check as
 * Camunda's {@link HttpBasicAuthenticationProvider}, with groups and tenants in the result so the filter does not look
 * them up again.
 */
class EngineRestAanmelding extends ProcessEngineAuthenticationFilter {

    private final Aanmeldingen aanmeldingen;

    EngineRestAanmelding(Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public void init(FilterConfig configuratie) throws ServletException {
        super.init(configuratie);
        authenticationProvider = new Basic(aanmeldingen);
    }

    private record Basic(Aanmeldingen aanmeldingen) implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            return aanmeldingen.metBasic(request.getHeader("Authorization"))
                    .map(aanmelding -> {
                        AuthenticationResult resultaat = AuthenticationResult.successful(aanmelding.gebruiker());
                        resultaat.setGroups(aanmelding.groepen());
                        resultaat.setTenants(aanmelding.tenants());
                        return resultaat;
                    })
                    .orElseGet(AuthenticationResult::unsuccessful);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + engine.getName() + "\"");
        }
    }
}
