package nl.nazorg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.sessions.JqwikSession;
import nl.nazorg.PostgresSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8, item 6: generated hostile input over real HTTP to every /api/v1 endpoint. No answer may be a 5xx or
 * anything but a problem document, and since every request is invalid, none may change the database.
 */
class VijandigeInvoerTest extends PostgresSpringTest {

    /** Fixed, so CI sends the same requests every run; change it to explore other ones. */
    private static final String ZAAD = "8062026";
    private static final int AANTAL = 1_200;

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    @Test
    void geenVijandigVerzoekGeeftEen5xxOfVerandertIets() {
        List<VijandigVerzoek> verzoeken = genereer();
        Verzender verzender = new Verzender(poort);
        Map<String, Long> voor = Databasestand.tel(jdbc);

        Map<String, Integer> soorten = new TreeMap<>();
        Map<Integer, Integer> statussen = new TreeMap<>();
        List<String> afwijkingen = new ArrayList<>();
        for (VijandigVerzoek verzoek : verzoeken) {
            HttpResponse<String> antwoord = verzender.stuur(verzoek);
            soorten.merge(verzoek.soort(), 1, Integer::sum);
            statussen.merge(antwoord.statusCode(), 1, Integer::sum);
            Antwoordcontrole.afwijking(verzoek, antwoord).ifPresent(a -> afwijkingen.add(a + "\n    op " + verzoek));
        }
        Map<String, Long> na = Databasestand.tel(jdbc);

        long vijfhonderd = statussen.entrySet().stream().filter(s -> s.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("Vijandige invoer: %d verzoeken, soorten %s, statussen %s, 5xx: %d, afwijkingen: %d%n",
                verzoeken.size(), soorten, statussen, vijfhonderd, afwijkingen.size());
        afwijkingen.stream().limit(25).forEach(System.out::println);
        assertThat(afwijkingen.size()).as("antwoorden die geen 4xx-probleemdocument zijn (de eerste 25 staan hierboven)").isZero();
        assertThat(na).as("rijen per tabel na de vijandige verzoeken").isEqualTo(voor);
    }

    private static List<VijandigVerzoek> genereer() {
        JqwikSession.start(ZAAD);
        try {
            return VijandigeVerzoeken.alle().sampleStream().limit(AANTAL).toList();
        } finally {
            JqwikSession.finish();
        }
    }
}
