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

    /** 400 naming one wrong part of the request, as the API's own answers to bad input do. */
    static void ongeldig(HttpServletResponse response, String detail, String veld, String reden) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(("{\"type\":\"about:blank\",\"status\":400,\"title\":\"Ongeldige invoer\",\"detail\":\"%s\","
                + "\"invalidParams\":[{\"name\":\"%s\",\"reason\":\"%s\"}]}").formatted(detail, veld, reden));
    }
}
