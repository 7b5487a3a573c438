package nl.nazorg.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Writes a short application/problem+json answer in Dutch from a servlet filter. */
final class Probleemantwoord {

    private Probleemantwoord() {
    }

    static void schrijf(HttpServletResponse response, int status, String titel, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":%d,\"title\":\"%s\",\"detail\":\"%s\"}"
                .formatted(status, titel, detail));
    }
}
