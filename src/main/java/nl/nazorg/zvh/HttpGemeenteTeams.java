package nl.nazorg.zvh;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.nazorg.partner.HttpKoppeling;
import nl.nazorg.partner.HttpKoppeling.Antwoord;
import nl.nazorg.partner.KoppelingFout;
import nl.nazorg.partner.Koppelingen;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The gemeente teams lookup (uitkering, WMO, wijkteam) over a JSON API
 * ({@code nazorg.koppelingen.gemeente-teams.modus: http}). Settings: see {@link Koppelingen.Koppeling}; transport
 * rules (HTTPS, authentication, timeouts, errors): see {@link HttpKoppeling}.
 *
 * <h2>Contract</h2>
 * <table>
 *   <caption>Gemeenteteams API</caption>
 *   <tr><th>request</th><th>answers</th></tr>
 *   <tr><td>{@code POST {url}/bekendheid}, JSON, {@code Authorization: Basic …} or {@code Bearer …}<br>
 *       {@code {"bsn": "123456782", "gemeenteCode": "GM0983"}}</td>
 *       <td>{@code 200 {"bekend": true}} or {@code 200 {"bekend": false}}.</td></tr>
 * </table>
 * The bsn is only in the body. Every other answer (a 404 too: it more likely means a wrong URL than an unknown
 * person, and "not known" must not be concluded from it), a 2xx without {@code bekend}, a 5xx, a timeout or no
 * connection throws {@link KoppelingFout} (system, action, status; no bsn, no body): the async step retries and ends
 * as an incident in Cockpit. Extra fields in the answer are ignored.
 */
@Component
@ConditionalOnProperty(prefix = "nazorg.koppelingen.gemeente-teams", name = "modus", havingValue = "http")
public class HttpGemeenteTeams implements GemeenteTeams {

    private final HttpKoppeling teams;

    public HttpGemeenteTeams(Koppelingen koppelingen) {
        this.teams = new HttpKoppeling("Gemeenteteams", Koppelingen.PREFIX + ".gemeente-teams",
                koppelingen.gemeenteTeams());
    }

    @Override
    public boolean isBekend(String bsn, String gemeenteCode) {
        String handeling = "bekendheid opvragen";
        Antwoord antwoord = teams.post(handeling, "/bekendheid", new Vraag(bsn, gemeenteCode), null);
        if (!antwoord.gelukt()) {
            throw teams.onverwacht(handeling, antwoord);
        }
        Bekendheid bekendheid = teams.lees(handeling, antwoord, Bekendheid.class);
        if (bekendheid.bekend() == null) {
            throw teams.onvolledig(handeling, antwoord, "bekend");
        }
        return bekendheid.bekend();
    }

    record Vraag(String bsn, String gemeenteCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bekendheid(Boolean bekend) {
    }
}
