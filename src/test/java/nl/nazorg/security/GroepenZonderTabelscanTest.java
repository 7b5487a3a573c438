package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization check takes a user's groups as they are instead of reading the whole authorization table to
 * drop the groups without authorizations, and answers the same.
 */
class GroepenZonderTabelscanTest extends PostgresSpringTest {

    private static final String GROEP_ZONDER_AUTORISATIES = "werkoverleg-ter-peel";

    @LocalServerPort int poort;
    @Autowired IdentityService identiteit;
    @Autowired ProcessEngine engine;
    @Autowired TestCasussen casussen;

    @Test
    void deControleKrijgtDeGroepenZoalsZeZijn() {
        List<String> groepen = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                        .filterAuthenticatedGroupIds(List.of("casemanager-ter-peel", GROEP_ZONDER_AUTORISATIES)));

        assertThat(groepen).containsExactly("casemanager-ter-peel", GROEP_ZONDER_AUTORISATIES);
    }

    @Test
    void eenGroepZonderAutorisatiesVerandertNietsAanWatIemandZiet() throws Exception {
        casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String id = "gzt-" + UUID.randomUUID().toString().substring(0, 8);
        maakGebruiker(id, "casemanager-ter-peel", GROEP_ZONDER_AUTORISATIES);
        String alleenDieGroep = "gzt-" + UUID.randomUUID().toString().substring(0, 8);
        maakGebruiker(alleenDieGroep, GROEP_ZONDER_AUTORISATIES);
        try {
            long casemanager = telTaken(new ApiKlant(poort, "cm-terpeel"));
            assertThat(casemanager).isPositive();
            assertThat(telTaken(new ApiKlant(poort, id).metWachtwoord("Wachtwoord-gzt-1"))).isEqualTo(casemanager);
            assertThat(telTaken(new ApiKlant(poort, alleenDieGroep).metWachtwoord("Wachtwoord-gzt-1"))).isZero();
        } finally {
            identiteit.deleteUser(id);
            identiteit.deleteUser(alleenDieGroep);
        }
    }

    private void maakGebruiker(String id, String... groepen) {
        User gebruiker = identiteit.newUser(id);
        gebruiker.setPassword("Wachtwoord-gzt-1");
        identiteit.saveUser(gebruiker);
        for (String groep : groepen) {
            if (identiteit.createGroupQuery().groupId(groep).count() == 0) {
                Group nieuw = identiteit.newGroup(groep);
                nieuw.setName("Werkoverleg Ter Peel");
                identiteit.saveGroup(nieuw);
            }
            identiteit.createMembership(id, groep);
        }
    }

    private static long telTaken(ApiKlant klant) throws Exception {
        return new ObjectMapper().readTree(klant.get("/engine-rest/task/count").body()).path("count").asLong();
    }
}
