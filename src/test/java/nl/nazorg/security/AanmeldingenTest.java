package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A successful REST login is remembered for a minute (one password check instead of three queries per request), a
 * failed one never; what that costs: a changed password reaches the REST APIs up to a minute later.
 */
class AanmeldingenTest extends PostgresSpringTest {

    private static final String TAKEN = "/engine-rest/task?taskDefinitionKey=Task_ContactLeggen";
    private static final String CASUSSEN = "/api/v1/detenties/BESTAAT-NIET";

    @LocalServerPort int poort;
    @Autowired IdentityService identiteit;

    @Test
    void geslaagdeAanmeldingWordtOnthoudenEenMisluktNooit() {
        String id = "onthoud-" + UUID.randomUUID().toString().substring(0, 8);
        User gebruiker = identiteit.newUser(id);
        gebruiker.setPassword("Eerste-wachtwoord-1");
        identiteit.saveUser(gebruiker);
        identiteit.createMembership(id, "casemanager-ter-peel");
        try {
            ApiKlant eerste = new ApiKlant(poort, id).metWachtwoord("Eerste-wachtwoord-1");
            assertThat(eerste.get(TAKEN).statusCode()).isEqualTo(200);
            assertThat(eerste.get(CASUSSEN).statusCode()).as("/api/v1: logged in, case unknown").isEqualTo(404);

            User gewijzigd = identiteit.createUserQuery().userId(id).singleResult();
            gewijzigd.setPassword("Tweede-wachtwoord-2");
            identiteit.saveUser(gewijzigd);

            assertThat(eerste.get(TAKEN).statusCode()).as("remembered for up to a minute").isEqualTo(200);
            ApiKlant tweede = new ApiKlant(poort, id).metWachtwoord("Tweede-wachtwoord-2");
            assertThat(tweede.get(TAKEN).statusCode()).as("the new password is checked at once").isEqualTo(200);
            assertThat(tweede.get(CASUSSEN).statusCode()).isEqualTo(404);
            assertThat(new Aanmeldingen(identiteit, Duration.ZERO).controleer(id, "Tweede-wachtwoord-2"))
                    .hasValueSatisfying(aanmelding -> assertThat(aanmelding.groepen()).containsExactly("casemanager-ter-peel"));
            Aanmeldingen zonderOnthouden = new Aanmeldingen(identiteit, Duration.ZERO);
            assertThat(zonderOnthouden.controleer(id, "Eerste-wachtwoord-1")).as("without remembering: refused at once").isEmpty();
            // (a failed check makes Camunda refuse this user for a few seconds, so the right password comes first)
            ApiKlant fout = new ApiKlant(poort, id).metWachtwoord("fout");
            assertThat(fout.get(TAKEN).statusCode()).isEqualTo(401);
            assertThat(fout.get(CASUSSEN).statusCode()).isEqualTo(401);
        } finally {
            identiteit.deleteUser(id);
        }
    }
}
