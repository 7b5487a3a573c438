package nl.nazorg.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda 7.24 CE evaluates expressions inside task-query orQueries even with ad-hoc query expressions
 * switched off. Task and filter queries that reach the engine over REST (/engine-rest and the webapps'
 * own /camunda/api/engine) may carry no expression at all: such a request is refused with 400 before the
 * engine sees it. The stored Tasklist filters with ${currentUser()} are created in Java and are not affected.
 */
class GeenExpressiesInZoekvragen extends OncePerRequestFilter {

    private static final Pattern ZOEKVRAAG = Pattern.compile(
            "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(task(/count)?|filter(/.*)?)$");
    private static final int MAXIMALE_BODY = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ZOEKVRAAG.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] body = request.getInputStream().readNBytes(MAXIMALE_BODY + 1);
        String query = request.getQueryString() == null ? "" : URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8);
        if (body.length > MAXIMALE_BODY) {
            Probleemantwoord.schrijf(response, 413, "Zoekvraag te groot", "Een zoekvraag mag hoogstens 1 MB zijn.");
            return;
        }
        if (bevatExpressie(query) || bevatExpressie(new String(body, StandardCharsets.UTF_8))) {
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_BAD_REQUEST, "Expressies in zoekvragen zijn niet toegestaan",
                    "Een zoekvraag naar taken of filters mag geen expressie (${...} of #{...}) bevatten.");
            return;
        }
        chain.doFilter(new HerleesbaarVerzoek(request, body), response);
    }

    static boolean bevatExpressie(String tekst) {
        String zonderEscapes = tekst.replace("\\u0024", "$").replace("\\u0023", "#").replace("\\u007b", "{").replace("\\u007B", "{");
        return zonderEscapes.contains("${") || zonderEscapes.contains("#{");
    }
}
