package nl.nazorg.zvh;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.nazorg.partner.HttpKoppeling;
import nl.nazorg.partner.HttpKoppeling.Antwoord;
import nl.nazorg.partner.KoppelingFout;
import nl.nazorg.partner.Koppelingen;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The ZVH register in GCOS, over its JSON API ({@code nazorg.koppelingen.gcos.modus: http}). Settings: see
 * {@link Koppelingen.Koppeling}; transport rules (HTTPS, authentication, timeouts, errors): see {@link HttpKoppeling}.
 *
 * <h2>Contract</h2>
 * All requests are {@code POST} with {@code Content-Type: application/json} and {@code Accept: application/json}, and
 * carry {@code Authorization: Basic …} or {@code Authorization: Bearer …}. The bsn is only ever in a body.
 * <table>
 *   <caption>GCOS API</caption>
 *   <tr><th>request</th><th>answers</th></tr>
 *   <tr><td>{@code POST {url}/personen/zoeken}<br>{@code {"bsn": "123456782"}}</td>
 *       <td>{@code 200 {"bekend": true, "procesregisseur": "regie-noord"}}: known ({@code procesregisseur} may be
 *       null or absent);<br>{@code 200 {"bekend": false}} or {@code 404}: not known.</td></tr>
 *   <tr><td>{@code POST {url}/casussen}<br>{@code {"detentieId": "DET-2026-0001", "zvhRegio": "noord-limburg"}}</td>
 *       <td>any {@code 2xx}: registered; {@code 409}: that detentieId is already registered, which counts as done
 *       (the step may run again after a retry, so registering is idempotent by detentieId).</td></tr>
 *   <tr><td>{@code POST {url}/casussen/{detentieId}/sluiten}, no body</td>
 *       <td>any {@code 2xx}: closed; {@code 409}: already closed, counts as done; {@code 404} (GCOS does not know
 *       the case) is an error.</td></tr>
 * </table>
 * Every other answer, a 5xx, a timeout or no connection throws {@link KoppelingFout} (system, action, status; no bsn,
 * no body): the async step retries and ends as an incident in Cockpit. Extra fields in an answer are ignored.
 */
@Component
@ConditionalOnProperty(prefix = "nazorg.koppelingen.gcos", name = "modus", havingValue = "http")
public class HttpZvhRegister implements ZvhRegister {

    private final HttpKoppeling gcos;

    public HttpZvhRegister(Koppelingen koppelingen) {
        this.gcos = new HttpKoppeling("GCOS", Koppelingen.PREFIX + ".gcos", koppelingen.gcos());
    }

    @Override
    public Optional<ZvhPersoon> zoekPersoon(String bsn) {
        String handeling = "persoon zoeken";
        Antwoord antwoord = gcos.post(handeling, "/personen/zoeken", new Zoekvraag(bsn), null);
        if (antwoord.status() == 404) {
            return Optional.empty();
        }
        if (!antwoord.gelukt()) {
            throw gcos.onverwacht(handeling, antwoord);
        }
        Zoekresultaat resultaat = gcos.lees(handeling, antwoord, Zoekresultaat.class);
        if (resultaat.bekend() == null) {
            throw gcos.onvolledig(handeling, antwoord, "bekend");
        }
        return resultaat.bekend() ? Optional.of(new ZvhPersoon(resultaat.procesregisseur())) : Optional.empty();
    }

    @Override
    public void registreerCasus(String detentieId, String zvhRegio) {
        String handeling = "casus registreren";
        Antwoord antwoord = gcos.post(handeling, "/casussen", new Registratie(detentieId, zvhRegio), null);
        if (!antwoord.gelukt() && antwoord.status() != 409) {
            throw gcos.onverwacht(handeling, antwoord);
        }
    }

    @Override
    public void sluitCasus(String detentieId) {
        String handeling = "casus sluiten";
        Antwoord antwoord = gcos.post(handeling, "/casussen/" + HttpKoppeling.segment(detentieId) + "/sluiten", null, null);
        if (!antwoord.gelukt() && antwoord.status() != 409) {
            throw gcos.onverwacht(handeling, antwoord);
        }
    }

    record Zoekvraag(String bsn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Zoekresultaat(Boolean bekend, String procesregisseur) {
    }

    record Registratie(String detentieId, String zvhRegio) {
    }
}
