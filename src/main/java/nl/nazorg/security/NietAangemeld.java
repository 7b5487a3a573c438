package nl.nazorg.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nazorg.api.DatabaseStoring;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as a Dutch problem document for a request without a valid login; 503 when the login could not be checked
 * because the database is away. The REST APIs name HTTP Basic as the way in; the webapps' APIs do not, or the browser
 * would show its own password dialog instead of the login page.
 */
final class NietAangemeld implements AuthenticationEntryPoint {

    private final boolean basicAanbieden;

    NietAangemeld(boolean basicAanbieden) {
        this.basicAanbieden = basicAanbieden;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException fout)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/v1/")) {
            response.setHeader("API-Version", ApiToegang.API_VERSIE);
        }
        if (fout instanceof AuthenticationServiceException && DatabaseStoring.isOorzaakVan(fout.getCause())) {
            response.setHeader("Retry-After", DatabaseStoring.PROBEER_OPNIEUW_NA_SECONDEN);
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
                    DatabaseStoring.DETAIL);
            return;
        }
        if (basicAanbieden) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"nazorg\"");
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld",
                    "Meld je aan met je eigen gebruikersnaam en wachtwoord (HTTP Basic) of, als systeemkoppeling, met je token.");
        } else {
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld",
                    "Meld je eerst aan op de inlogpagina van nazorg.");
        }
    }
}
