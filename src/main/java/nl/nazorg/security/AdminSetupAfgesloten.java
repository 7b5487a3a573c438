package nl.nazorg.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CVE-2026-77226: Camunda 7.24 CE lets anyone create an administrator through the Admin set-up endpoint
 * while the camunda-admin group has no direct member. The first administrator of this product always comes
 * from configuration, so the endpoint is closed for good.
 */
class AdminSetupAfgesloten extends OncePerRequestFilter {

    static final String PAD = "/camunda/api/admin/setup/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PAD);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Probleemantwoord.schrijf(response, HttpServletResponse.SC_FORBIDDEN, "Eerste beheerder aanmaken is uitgeschakeld",
                "De eerste beheerder komt uit de configuratie (CAMUNDA_BPM_ADMIN_USER_ID en CAMUNDA_BPM_ADMIN_USER_PASSWORD).");
    }
}
