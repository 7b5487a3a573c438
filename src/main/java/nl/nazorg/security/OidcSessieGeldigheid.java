package nl.nazorg.security;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A webapp session of single sign-on lasts as long as the provider keeps renewing its access token: when the token
 * has expired, it is refreshed with the refresh token; when the provider refuses that (the person was blocked, the
 * session at the provider revoked) or there is none, the session here ends too, and the next page goes to the
 * provider's login. As the OAuth2 starter of Camunda does it ({@code AuthorizeTokenFilter}). Groups stay those of the
 * login: a move to another PI holds from the next login.
 */
final class OidcSessieGeldigheid extends OncePerRequestFilter {

    private final OAuth2AuthorizedClientManager clients;

    OidcSessieGeldigheid(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication aanmelding = SecurityContextHolder.getContext().getAuthentication();
        if (aanmelding instanceof OAuth2AuthenticationToken token && !isVerlengd(token, request, response)) {
            SecurityContextHolder.clearContext();
            HttpSession sessie = request.getSession(false);
            if (sessie != null) {
                sessie.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isVerlengd(OAuth2AuthenticationToken token, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizeRequest verzoek = OAuth2AuthorizeRequest.withClientRegistrationId(token.getAuthorizedClientRegistrationId())
                .principal(token)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build();
        try {
            OAuth2AuthorizedClient client = clients.authorize(verzoek);
            Instant verloopt = client == null ? null : client.getAccessToken().getExpiresAt();
            return verloopt != null && verloopt.isAfter(Instant.now());
        } catch (OAuth2AuthorizationException geweigerd) {
            return false;
        }
    }
}
