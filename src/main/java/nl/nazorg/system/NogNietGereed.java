package nl.nazorg.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the start-up steps are done (users, groups and models in place) and again while the node shuts down, every
 * request but the health probes gets 503 with a problem document and Retry-After. Without this, a correct user whose
 * demo account was not yet created was told "Niet aangemeld", and a request could reach an engine without its models.
 */
final class NogNietGereed extends OncePerRequestFilter {

    static final String WACHT_SECONDEN = "5";
    private static final String PROBLEEM = """
            {"type":"about:blank","title":"Nog niet gereed","status":503,\
            "detail":"De applicatie start op of stopt; probeer het over enkele seconden opnieuw."}""";

    private final ApplicationAvailability beschikbaarheid;

    NogNietGereed(ApplicationAvailability beschikbaarheid) {
        this.beschikbaarheid = beschikbaarheid;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        if (beschikbaarheid.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || verzoek.getRequestURI().startsWith("/actuator/health")) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        antwoord.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        antwoord.setHeader("Retry-After", WACHT_SECONDEN);
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        antwoord.getWriter().write(PROBLEEM);
    }
}
