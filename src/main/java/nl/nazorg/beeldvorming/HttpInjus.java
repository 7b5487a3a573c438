package nl.nazorg.beeldvorming;

import java.util.Map;

import nl.nazorg.partner.BerichtenLogboek;
import nl.nazorg.partner.HttpKoppeling;
import nl.nazorg.partner.HttpKoppeling.Antwoord;
import nl.nazorg.partner.KoppelingFout;
import nl.nazorg.partner.Koppelingen;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Injus / Berichtenbox Re-integratie over a JSON API ({@code nazorg.koppelingen.injus.modus: http}). Settings: see
 * {@link Koppelingen.Koppeling}; transport rules (HTTPS, authentication, timeouts, errors): see {@link HttpKoppeling}.
 *
 * <h2>Contract</h2>
 * <table>
 *   <caption>Injus API</caption>
 *   <tr><th>request</th><th>answers</th></tr>
 *   <tr><td>{@code POST {url}/berichten}, JSON, {@code Authorization: Basic …} or {@code Bearer …},
 *       {@code Idempotency-Key: <sleutel>}<br>
 *       {@code {"detentieId": "DET-2026-0001", "zvhRegio": "noord-limburg", "soort": "informatieblad",
 *       "inhoud": "Informatieblad detentie …"}}</td>
 *       <td>any {@code 2xx}: accepted. Injus answers a repeated {@code Idempotency-Key} with the first answer, so a
 *       retried step never delivers the informatieblad twice.</td></tr>
 * </table>
 * The {@code sleutel} is the step's (process instance, activity, "injus"), the same for every retry of the job.
 * {@code 409} (a request with this key is still being processed), {@code 422} (the key was used for other content),
 * every other answer, a 5xx, a timeout or no connection throws {@link KoppelingFout} (system, action, status; no
 * body): the async step retries and ends as an incident in Cockpit.
 * <p>
 * Once Injus has accepted the informatieblad it is also recorded in the case's logboek (channel INJUS, to
 * {@code zvh-<regio>}), as by the built-in Injus, so the case keeps its account of what was shared; a refused or
 * failed delivery records nothing.
 */
@Component
@ConditionalOnProperty(prefix = "nazorg.koppelingen.injus", name = "modus", havingValue = "http")
public class HttpInjus implements Injus {

    static final String SOORT_INFORMATIEBLAD = "informatieblad";

    private final HttpKoppeling injus;
    private final BerichtenLogboek logboek;

    public HttpInjus(Koppelingen koppelingen, BerichtenLogboek logboek) {
        this.injus = new HttpKoppeling("Injus", Koppelingen.PREFIX + ".injus", koppelingen.injus());
        this.logboek = logboek;
    }

    @Override
    public void deelInformatieblad(Informatieblad blad) {
        String handeling = "informatieblad delen";
        Antwoord antwoord = injus.post(handeling, "/berichten",
                new Bericht(blad.detentieId(), blad.zvhRegio(), SOORT_INFORMATIEBLAD, blad.inhoud()),
                Map.of("Idempotency-Key", blad.sleutel()));
        if (!antwoord.gelukt()) {
            throw injus.onverwacht(handeling, antwoord);
        }
        logboek.legVast(IngebouwdeInjus.alsBericht(blad));
    }

    record Bericht(String detentieId, String zvhRegio, String soort, String inhoud) {
    }
}
