package nl.nazorg.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nazorg.api.ApiGebruiker;
import nl.nazorg.api.DatabaseStoring;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of /api/v1: the API-Version header on every answer, HTTP Basic against Camunda's identity (people
 * with their own login, systems with theirs; 401 without, 503 while the database is away), and a size limit on
 * bodies. The OpenAPI document
 * and its Swagger UI are readable without login.
 */
class ApiToegang extends OncePerRequestFilter {

    static final String API_VERSIE = "1.0.0";
    static final int MAXIMALE_BODY = 64 * 1024;

    private final IdentityService identiteit;

    ApiToegang(IdentityService identiteit) {
        this.identiteit = identiteit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("API-Version", API_VERSIE);
        if (isOpenbaar(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        ApiGebruiker gebruiker;
        try {
            gebruiker = aangemeld(request.getHeader("Authorization"));
        } catch (RuntimeException fout) {
            if (!DatabaseStoring.isOorzaakVan(fout)) {
                throw fout;
            }
            response.setHeader("Retry-After", DatabaseStoring.PROBEER_OPNIEUW_NA_SECONDEN);
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
                    DatabaseStoring.DETAIL);
            return;
        }
        if (gebruiker == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"nazorg\"");
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld",
                    "Meld je aan met je eigen gebruikersnaam en wachtwoord (HTTP Basic).");
            return;
        }
        request.setAttribute(ApiGebruiker.ATTRIBUUT, gebruiker);
        byte[] body = request.getInputStream().readNBytes(MAXIMALE_BODY + 1);
        if (body.length > MAXIMALE_BODY) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":400,\"title\":\"Ongeldige invoer\","
                    + "\"detail\":\"Het bericht is groter dan 64 KB.\","
                    + "\"invalidParams\":[{\"name\":\"body\",\"reason\":\"is groter dan 64 KB\"}]}");
            return;
        }
        chain.doFilter(new HerleesbaarVerzoek(request, body), response);
    }

    private static boolean isOpenbaar(String pad) {
        return pad.equals("/api/v1/openapi.json") || pad.startsWith("/api/v1/openapi.json/")
                || pad.startsWith("/api/v1/swagger-ui");
    }

    private ApiGebruiker aangemeld(String autorisatie) {
        if (autorisatie == null || !autorisatie.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String gegevens;
        try {
            gegevens = new String(Base64.getDecoder().decode(autorisatie.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int scheiding = gegevens.indexOf(':');
        if (scheiding <= 0) {
            return null;
        }
        String id = gegevens.substring(0, scheiding);
        if (!identiteit.checkPassword(id, gegevens.substring(scheiding + 1))) {
            return null;
        }
        List<String> groepen = identiteit.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
        return new ApiGebruiker(id, groepen);
    }
}
