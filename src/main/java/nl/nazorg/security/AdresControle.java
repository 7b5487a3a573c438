package nl.nazorg.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The firewall of {@link Beveiliging} as the very first filter of the server: Spring Security's own chain applies it
 * too, but only after Spring has parsed the path for its matchers, which fails with a 500 on a path parameter in the
 * servlet's prefix ({@code /engine-rest;x/...}). So a path that is not in its normal spelling is refused here, before
 * anything else reads it.
 */
final class AdresControle extends OncePerRequestFilter {

    private final HttpFirewall firewall;
    private final RequestRejectedHandler weigering;

    AdresControle(HttpFirewall firewall, RequestRejectedHandler weigering) {
        this.firewall = firewall;
        this.weigering = weigering;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException fout) {
            weigering.handle(request, response, fout);
            return;
        }
        chain.doFilter(request, response);
    }
}
