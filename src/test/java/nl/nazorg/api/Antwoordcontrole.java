package nl.nazorg.api;

import java.net.http.HttpResponse;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every answer to a hostile request must be: a 4xx problem document, naming the wrong field where promised. */
final class Antwoordcontrole {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Antwoordcontrole() {
    }

    /** @return what is wrong with the answer, empty when it is right */
    static Optional<String> afwijking(VijandigVerzoek verzoek, HttpResponse<String> antwoord) {
        int status = antwoord.statusCode();
        if (status < 400 || status >= 500) {
            return Optional.of("status " + status);
        }
        String type = antwoord.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return Optional.of("status " + status + " met Content-Type '" + type + "' in plaats van application/problem+json");
        }
        JsonNode probleem;
        try {
            probleem = JSON.readTree(antwoord.body());
        } catch (JsonProcessingException e) {
            return Optional.of("status " + status + ": probleemdocument is geen JSON");
        }
        if (probleem.path("title").asText().isBlank() || probleem.path("status").asInt() != status) {
            return Optional.of("status " + status + ": probleemdocument zonder title of met andere status: " + antwoord.body());
        }
        if (verzoek.verwachtVeld() != null
                && (status != 400 || !probleem.path("invalidParams").findValuesAsText("name").contains(verzoek.verwachtVeld()))) {
            return Optional.of("status " + status + " noemt veld '" + verzoek.verwachtVeld() + "' niet: " + antwoord.body());
        }
        return Optional.empty();
    }
}
