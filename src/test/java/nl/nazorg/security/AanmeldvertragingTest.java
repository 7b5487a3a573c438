package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.UUID;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords, far more than Camunda's ten before its permanent lock, through /engine-rest and the webapps' login:
 * the account waits, is never switched off, and the right password works again a minute after the last wrong one.
 * Every repeated failure is a warning with user and count, never the password. A user of its own, so no other test
 * meets the delay.
 */
@ExtendWith(OutputCaptureExtension.class)
class AanmeldvertragingTest extends PostgresSpringTest {

    private static final int FOUTE_POGINGEN = 14;
    private static final long LANGSTE_WACHTTIJD_MS = 60_000;
    private static final String TAKEN = "/engine-rest/task?taskDefinitionKey=Task_ContactLeggen";
    private static final String GOED = "Goed-wachtwoord-7731";
    private static final String FOUT = "Fout-wachtwoord-5528";

    @LocalServerPort int poort;
    @Autowired IdentityService identiteit;

    private String id;

    @AfterEach
    void opruimen() {
        ClockUtil.reset();
        if (id != null) {
            identiteit.deleteUser(id);
        }
    }

    @Test
    void foutWachtwoordVertraagtMaarBlokkeertNooitVoorGoed(CapturedOutput uitvoer) {
        id = "poging-" + UUID.randomUUID().toString().substring(0, 8);
        User gebruiker = identiteit.newUser(id);
        gebruiker.setPassword(GOED);
        identiteit.saveUser(gebruiker);
        identiteit.createMembership(id, "casemanager-ter-peel");
        ApiKlant fout = new ApiKlant(poort, id).metWachtwoord(FOUT);
        ApiKlant goed = new ApiKlant(poort, id).metWachtwoord(GOED);

        for (int poging = 1; poging <= FOUTE_POGINGEN; poging++) {
            if (poging % 2 == 0) {
                assertThat(WebappSessie.logIn(poort, id, FOUT, "tasklist").isAangemeld()).isFalse();
            } else {
                assertThat(fout.get(TAKEN).statusCode()).isEqualTo(401);
            }
            verzetKlok(LANGSTE_WACHTTIJD_MS); // so that every attempt is checked and counted, not refused unseen
        }
        assertThat(fout.get(TAKEN).statusCode()).isEqualTo(401);
        assertThat(goed.get(TAKEN).statusCode()).as("right after a wrong password the account waits").isEqualTo(401);
        assertThat(WebappSessie.logIn(poort, id, GOED, "tasklist").isAangemeld()).isFalse();

        verzetKlok(LANGSTE_WACHTTIJD_MS);
        assertThat(goed.get(TAKEN).statusCode()).as("%d wrong passwords, then a minute later the right one",
                FOUTE_POGINGEN + 1).isEqualTo(200);
        assertThat(WebappSessie.logIn(poort, id, GOED, "tasklist").isAangemeld()).isTrue();

        String log = uitvoer.getAll();
        assertThat(log).contains("WARN").contains("Aanmelden als " + id + " mislukt: " + FOUTE_POGINGEN + " keer achter elkaar")
                .contains("Aanmelden als " + id + " mislukt: " + (FOUTE_POGINGEN + 1) + " keer achter elkaar")
                .contains("Aanmelden als " + id + " mislukt: " + Aanmeldpogingen.HERHAALD + " keer achter elkaar")
                .doesNotContain("Aanmelden als " + id + " mislukt: " + (Aanmeldpogingen.HERHAALD - 1) + " keer")
                .doesNotContain(FOUT).doesNotContain(GOED);
    }

    private static void verzetKlok(long millis) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + millis));
    }
}
