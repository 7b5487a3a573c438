package nl.nazorg.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.nazorg.identity.Groepsindeling;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's plugin API (/camunda/api/cockpit/plugin/{plugin}/{engine}/...) only for a session that may use Cockpit.
 * Camunda lets every logged-in webapp user in, and its queries run through a query executor of their own, outside the
 * engine's managers: a Tasklist user would read the case counts of every process definition (statistics), and a
 * ketenmanager could search process instances by the value of a personal variable (is this bsn a case?). So here:
 * 401 without a webapp login, 403 without Cockpit, and for a ketenmanager 403 on a search by a variable outside
 * {@link NietPersoonlijkeVariabelen}. The plugins' static files stay open, as in Camunda (the login page loads them),
 * and so does the application's reports plugin, which gives every user the figures of their own groups.
 * Registered on the servlet path, which the container matches after decoding and dropping path parameters.
 */
class CockpitApiToegang extends OncePerRequestFilter {

    static final String PAD = "/camunda/api/cockpit";
    private static final Pattern PLUGIN = Pattern.compile("^/plugin/([^/]+)/([^/]+)(/.*)?$");
    private static final int MAXIMALE_BODY = 1024 * 1024;
    /** The application's own plugin (monitoring/RapportagesCockpitPlugin): it limits each user to their own figures. */
    private static final String RAPPORTAGES = "nazorg-rapportages";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String pad = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher plugin = PLUGIN.matcher(pad);
        if (plugin.matches() && (plugin.group(1).equals(RAPPORTAGES)
                || plugin.group(2).equals("static") && "GET".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAuthentication> gebruiker = plugin.matches() ? aangemeld(request, plugin.group(2)) : Optional.empty();
        if (gebruiker.isEmpty()) {
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld",
                    "Meld je aan in Cockpit.");
            return;
        }
        if (!gebruiker.get().isAuthorizedForApp(StatistiekenAlleenVoorCockpit.COCKPIT)) {
            Probleemantwoord.schrijf(response, HttpServletResponse.SC_FORBIDDEN, "Alleen voor Cockpit",
                    "Deze gegevens zijn er alleen voor wie Cockpit mag gebruiken.");
            return;
        }
        if (gebruiker.get().getGroupIds() == null || !gebruiker.get().getGroupIds().contains(Groepsindeling.KETENMANAGER)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAXIMALE_BODY + 1);
        if (body.length > MAXIMALE_BODY) {
            Probleemantwoord.schrijf(response, 413, "Zoekvraag te groot", "Een zoekvraag mag hoogstens 1 MB zijn.");
            return;
        }
        for (String naam : gezochteVariabelen(request, body)) {
            if (!NietPersoonlijkeVariabelen.isToegestaan(naam)) {
                Probleemantwoord.schrijf(response, HttpServletResponse.SC_FORBIDDEN, "Zoeken op persoonsgegevens niet toegestaan",
                        "Zoeken op variabele '" + naam + "' is voor de ketenmanager niet toegestaan: het is een persoonsgegeven.");
                return;
            }
        }
        chain.doFilter(new HerleesbaarVerzoek(request, body), response);
    }

    private static Optional<UserAuthentication> aangemeld(HttpServletRequest request, String engine) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null) {
            return Optional.empty();
        }
        Authentications aanmeldingen = AuthenticationUtil.getAuthsFromSession(sessie);
        Authentication aanmelding = aanmeldingen == null ? null : aanmeldingen.getAuthenticationForProcessEngine(engine);
        return aanmelding instanceof UserAuthentication gebruiker ? Optional.of(gebruiker) : Optional.empty();
    }

    /**
     * The variable names of a plugin query: {@code variables=name_op_value,...} in the query string (Camunda's format)
     * or {@code "variables": [{"name": ...}]} in a JSON body. A body that is no JSON has none.
     */
    private List<String> gezochteVariabelen(HttpServletRequest request, byte[] body) {
        List<String> namen = new ArrayList<>();
        String[] waarden = request.getParameterValues("variables");
        if (waarden != null) {
            for (String waarde : waarden) {
                for (String voorwaarde : waarde.split(",")) {
                    namen.add(voorwaarde.split("_", 2)[0]);
                }
            }
        }
        if (body.length > 0) {
            try {
                for (JsonNode voorwaarde : json.readTree(body).path("variables")) {
                    namen.add(voorwaarde.path("name").asText());
                }
            } catch (IOException e) {
                // not JSON: Camunda refuses it itself, and it names no variable
            }
        }
        return namen;
    }
}
