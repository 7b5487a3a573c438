package nl.nazorg.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nazorg.api.ApiGebruiker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of /api/v1 behind Spring Security's login ({@link Beveiliging}): the API-Version header on every answer,
 * the caller for the controllers, a size limit on bodies, and a problem document for the header faults Spring MVC
 * would answer without one (a wildcard Content-Type, an unparseable Accept). The OpenAPI document and its Swagger UI
 * are readable without login.
 */
class ApiToegang extends OncePerRequestFilter {

    static final String API_VERSIE = "1.0.0";
    static final int MAXIMALE_BODY = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("API-Version", API_VERSIE);
        if (isOpenbaar(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        Aanmeldingen.Aanmelding aanmelding = AangemeldeGebruiker.huidige();
        if (aanmelding != null) {
            request.setAttribute(ApiGebruiker.ATTRIBUUT, new ApiGebruiker(aanmelding.gebruiker(), aanmelding.groepen()));
        }
        byte[] body = request.getInputStream().readNBytes(MAXIMALE_BODY + 1);
        if (body.length > MAXIMALE_BODY) {
            Probleemantwoord.ongeldig(response, "Het bericht is groter dan 64 KB.", "body", "is groter dan 64 KB");
            return;
        }
        if (request.getContentType() != null && isWildcard(request.getContentType())) {
            Probleemantwoord.ongeldig(response, "Het bericht heeft geen bruikbaar Content-Type.", "Content-Type", "moet application/json zijn");
            return;
        }
        if (!isLeesbaar(request.getHeader(HttpHeaders.ACCEPT))) {
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Accept-header onleesbaar",
                    "De Accept-header is geen lijst van mediatypen; vraag application/json (of text/csv bij rapportages).");
            return;
        }
        chain.doFilter(new HerleesbaarVerzoek(request, body), response);
    }

    /** Spring MVC answers a wildcard Content-Type such as {@code *}{@code /*} with a 500; other unusable ones it refuses itself. */
    private static boolean isWildcard(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** An Accept header Spring MVC cannot parse makes it drop the problem document and answer 406 without a body. */
    private static boolean isLeesbaar(String accept) {
        try {
            MediaType.parseMediaTypes(accept);
            return true;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean isOpenbaar(String pad) {
        return pad.equals("/api/v1/openapi.json") || pad.startsWith("/api/v1/openapi.json/")
                || pad.startsWith("/api/v1/swagger-ui");
    }
}
