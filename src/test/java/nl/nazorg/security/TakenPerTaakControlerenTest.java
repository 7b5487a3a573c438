package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Authorizations are checked task by task (authorization-check-revokes {@code always}), not by joining all
 * authorizations of the user's groups to the tasks, the plan that grew with the square of a group's open tasks; a task
 * query for one case keeps Camunda's join while there are no revokes. Either way a revoke authorization takes a task
 * away from one member of the group, also in the query for one case.
 */
class TakenPerTaakControlerenTest extends PostgresSpringTest {

    /** MyBatis logs each statement it prepares under the id of the mapped statement. */
    private static final String TAKEN_TELLEN = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria";
    private static final String WACHTWOORD = "Wachtwoord-apr-1";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired IdentityService identiteit;
    @Autowired AuthorizationService autorisaties;

    @Test
    void deTellingVanDeTakenVanEenGroepZoektDeAutorisatiesPerTaakOp() throws Exception {
        casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");

        List<String> sql = statementsVan(TAKEN_TELLEN, () -> assertThat(
                telTaken(casemanager, "?candidateGroup=casemanager-ter-peel")).isPositive());

        assertThat(sql).singleElement().satisfies(telling -> assertThat(telling)
                .contains("RES.ID_ IN", "FROM ACT_RU_AUTHORIZATION A", "A.RESOURCE_ID_ = RES.ID_")
                .doesNotContain("AUTH ON"));
    }

    @Test
    void deLijstVanEenTasklistfilterZoektDeAutorisatiesPerTaakOp() throws Exception {
        casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        String filter = new ObjectMapper().readTree(new ApiKlant(poort, "beheerder")
                .get("/engine-rest/filter?name=Taken%20van%20mijn%20groepen").body()).get(0).get("id").asText();

        List<String> sql = statementsVan(TAKEN_TELLEN, () -> assertThat(casemanager.postMet(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                "{\"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]}", "application/hal+json")
                .statusCode()).isEqualTo(200));

        assertThat(sql).singleElement().satisfies(telling -> assertThat(telling)
                .contains("A.RESOURCE_ID_ = RES.ID_").doesNotContain("AUTH ON"));
    }

    @Test
    void deTellingVoorEenCasusHoudtDeJoinVanCamunda() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");

        List<String> sql = statementsVan(TAKEN_TELLEN, () -> assertThat(
                telTaken(casemanager, "?processInstanceBusinessKey=" + detentieId)).isEqualTo(1));

        assertThat(sql).singleElement().satisfies(telling -> assertThat(telling).contains("AUTH ON"));
    }

    @Test
    void eenIntrekkingNeemtEenTaakWegBijEenLidVanDeGroep() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        String lid = "apr-" + UUID.randomUUID().toString().substring(0, 8);
        User gebruiker = identiteit.newUser(lid);
        gebruiker.setPassword(WACHTWOORD);
        identiteit.saveUser(gebruiker);
        identiteit.createMembership(lid, "casemanager-ter-peel");
        Authorization intrekking = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        intrekking.setUserId(lid);
        intrekking.setResource(Resources.TASK);
        intrekking.setResourceId(taak);
        intrekking.removePermission(Permissions.READ);
        String vanDezeCasus = "?processInstanceBusinessKey=" + detentieId;
        try {
            ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
            ApiKlant collega = new ApiKlant(poort, lid).metWachtwoord(WACHTWOORD);
            long allemaal = telTaken(casemanager);
            assertThat(telTaken(collega)).isEqualTo(allemaal);
            assertThat(telTaken(collega, vanDezeCasus)).isEqualTo(1);

            autorisaties.saveAuthorization(intrekking);

            assertThat(telTaken(collega)).isEqualTo(allemaal - 1);
            List<String> sql = statementsVan(TAKEN_TELLEN, () -> assertThat(telTaken(collega, vanDezeCasus)).isZero());
            assertThat(sql).singleElement().satisfies(telling -> assertThat(telling).doesNotContain("AUTH ON"));
            assertThat(telTaken(casemanager)).isEqualTo(allemaal);
            assertThat(telTaken(casemanager, vanDezeCasus)).isEqualTo(1);
        } finally {
            if (intrekking.getId() != null) {
                autorisaties.deleteAuthorization(intrekking.getId());
            }
            identiteit.deleteUser(lid);
        }
    }

    private static List<String> statementsVan(String statement, ThrowingRunnable actie) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(statement);
        Level niveau = logger.getLevel();
        ListAppender<ILoggingEvent> gelogd = new ListAppender<>();
        gelogd.start();
        logger.addAppender(gelogd);
        logger.setLevel(Level.DEBUG);
        try {
            actie.run();
        } finally {
            logger.detachAppender(gelogd);
            logger.setLevel(niveau);
        }
        return gelogd.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(regel -> regel.contains("Preparing:")).toList();
    }

    private static long telTaken(ApiKlant klant) throws Exception {
        return telTaken(klant, "");
    }

    private static long telTaken(ApiKlant klant, String criteria) throws Exception {
        return new ObjectMapper().readTree(klant.get("/engine-rest/task/count" + criteria).body()).path("count").asLong();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
