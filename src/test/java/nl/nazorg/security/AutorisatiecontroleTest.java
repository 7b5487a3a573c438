package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's authorization check as the application configures it (security/Autorisatiecontrole), with the same answers:
 * <ul>
 * <li>a user's groups as they are, without the read of the whole authorization table that drops groups without
 * authorizations;</li>
 * <li>a task list that names no case looks its authorizations up task by task, not by joining all authorizations
 * of the user's groups to the tasks, the plan that grew with the square of a group's open tasks; a task query for one
 * case and the check of a single task keep Camunda's shorter forms while there are no revokes. Either way a revoke
 * authorization takes a task away from one member of the group, also in the query for one case.</li>
 * </ul>
 */
class AutorisatiecontroleTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** MyBatis logs each statement it prepares under the id of the mapped statement. */
    private static final String TAKEN_TELLEN = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria";
    private static final String VARIABELEN_ZOEKEN = "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceByQueryCriteria";
    private static final String CONTROLE_VAN_EEN_TAAK = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.isUserAuthorizedForResource";
    private static final String GROEP_ZONDER_AUTORISATIES = "werkoverleg-ter-peel";
    private static final String WACHTWOORD = "Wachtwoord-aut-1";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired IdentityService identiteit;
    @Autowired AuthorizationService autorisaties;
    @Autowired FilterService filters;
    @Autowired ProcessEngine engine;

    @Test
    void deControleKrijgtDeGroepenZoalsZeZijn() {
        List<String> groepen = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                        .filterAuthenticatedGroupIds(List.of("casemanager-ter-peel", GROEP_ZONDER_AUTORISATIES)));

        assertThat(groepen).containsExactly("casemanager-ter-peel", GROEP_ZONDER_AUTORISATIES);
    }

    @Test
    void eenGroepZonderAutorisatiesVerandertNietsAanWatIemandZiet() {
        casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String id = maakGebruiker("casemanager-ter-peel", GROEP_ZONDER_AUTORISATIES);
        String alleenDieGroep = maakGebruiker(GROEP_ZONDER_AUTORISATIES);
        try {
            long casemanager = telTaken(new ApiKlant(poort, "cm-terpeel"), "");
            assertThat(casemanager).isPositive();
            assertThat(telTaken(new ApiKlant(poort, id).metWachtwoord(WACHTWOORD), "")).isEqualTo(casemanager);
            assertThat(telTaken(new ApiKlant(poort, alleenDieGroep).metWachtwoord(WACHTWOORD), "")).isZero();
        } finally {
            identiteit.deleteUser(id);
            identiteit.deleteUser(alleenDieGroep);
        }
    }

    @Test
    void deTellingVanDeTakenVanEenGroepZoektDeAutorisatiesPerTaakOp() {
        casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");

        List<String> sql = statementsVan(TAKEN_TELLEN, () -> assertThat(
                telTaken(casemanager, "?candidateGroup=casemanager-ter-peel")).isPositive());

        assertThat(sql).singleElement().satisfies(telling -> assertThat(telling)
                .contains("RES.ID_ IN", "FROM ACT_RU_AUTHORIZATION A", "A.RESOURCE_ID_ = RES.ID_")
                .doesNotContain("AUTH ON"));
    }

    @Test
    void deLijstVanEenTasklistfilterZoektDeAutorisatiesVanTakenEnKolommenPerRijOp() {
        casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        String filter = filters.createFilterQuery().filterName("Taken van mijn groepen").singleResult().getId();

        List<String> tellingen = new ArrayList<>();
        List<String> kolommen = statementsVan(VARIABELEN_ZOEKEN, () -> tellingen.addAll(statementsVan(TAKEN_TELLEN, () -> {
            HttpResponse<String> pagina = casemanager.postMet("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                    "{\"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]}", "application/hal+json");
            assertThat(pagina.statusCode()).isEqualTo(200);
            assertThat(pagina.body()).contains("\"name\":\"achternaam\"");
        })));

        assertThat(tellingen).singleElement().satisfies(telling -> assertThat(telling)
                .contains("A.RESOURCE_ID_ = RES.ID_").doesNotContain("AUTH ON"));
        assertThat(kolommen).singleElement().satisfies(variabelen -> assertThat(variabelen)
                .contains("A.TYPE_ = 2").doesNotContain("AUTH ON"));
    }

    @Test
    void deTellingVoorEenCasusHoudtDeJoinVanCamunda() {
        String detentieId = TestCasussen.nieuwDetentieId();
        casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");

        List<String> sql = statementsVan(TAKEN_TELLEN, () -> assertThat(
                telTaken(casemanager, "?processInstanceBusinessKey=" + detentieId + "&taskDefinitionKey=Task_ContactLeggen"))
                .isEqualTo(1));

        assertThat(sql).singleElement().satisfies(telling -> assertThat(telling).contains("AUTH ON"));
    }

    @Test
    void deControleVanEenTaakZoektIntrekkingenPasAlsErIntrekkingenZijn() {
        ProcessInstance casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        String lid = maakGebruiker("casemanager-ter-peel");
        Authorization elders = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        elders.setUserId(lid);
        elders.setResource(Resources.TASK);
        elders.setResourceId("een-andere-taak");
        elders.removePermission(Permissions.READ);
        try {
            ApiKlant collega = new ApiKlant(poort, lid).metWachtwoord(WACHTWOORD);
            Runnable leesTaak = () -> assertThat(collega.get("/engine-rest/task/" + taak + "/variables").statusCode()).isEqualTo(200);

            assertThat(statementsVan(CONTROLE_VAN_EEN_TAAK, leesTaak)).isNotEmpty()
                    .allSatisfy(controle -> assertThat(controle).contains("A.TYPE_ = 1").doesNotContain("A.TYPE_ = 2"));

            autorisaties.saveAuthorization(elders);

            assertThat(statementsVan(CONTROLE_VAN_EEN_TAAK, leesTaak)).isNotEmpty()
                    .allSatisfy(controle -> assertThat(controle).contains("A.TYPE_ = 2"));
        } finally {
            if (elders.getId() != null) {
                autorisaties.deleteAuthorization(elders.getId());
            }
            identiteit.deleteUser(lid);
        }
    }

    @Test
    void eenIntrekkingNeemtEenTaakWegBijEenLidVanDeGroep() {
        String detentieId = TestCasussen.nieuwDetentieId();
        ProcessInstance casus = casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        String taak = casussen.taak(casus, "Task_ContactLeggen");
        String lid = maakGebruiker("casemanager-ter-peel");
        Authorization intrekking = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        intrekking.setUserId(lid);
        intrekking.setResource(Resources.TASK);
        intrekking.setResourceId(taak);
        intrekking.removePermission(Permissions.READ);
        String vanDezeCasus = "?processInstanceBusinessKey=" + detentieId + "&taskDefinitionKey=Task_ContactLeggen";
        try {
            ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
            ApiKlant collega = new ApiKlant(poort, lid).metWachtwoord(WACHTWOORD);
            long allemaal = telTaken(casemanager, "");
            assertThat(telTaken(collega, "")).isEqualTo(allemaal);
            assertThat(telTaken(collega, vanDezeCasus)).isEqualTo(1);

            autorisaties.saveAuthorization(intrekking);

            assertThat(telTaken(collega, "")).isEqualTo(allemaal - 1);
            List<String> sql = statementsVan(TAKEN_TELLEN, () -> assertThat(telTaken(collega, vanDezeCasus)).isZero());
            assertThat(sql).singleElement().satisfies(telling -> assertThat(telling).doesNotContain("AUTH ON"));
            assertThat(telTaken(casemanager, "")).isEqualTo(allemaal);
            assertThat(telTaken(casemanager, vanDezeCasus)).isEqualTo(1);
        } finally {
            if (intrekking.getId() != null) {
                autorisaties.deleteAuthorization(intrekking.getId());
            }
            identiteit.deleteUser(lid);
        }
    }

    /** A new user with {@link #WACHTWOORD} in these groups, made when missing; delete it afterwards. */
    private String maakGebruiker(String... groepen) {
        String id = "aut-" + UUID.randomUUID().toString().substring(0, 8);
        User gebruiker = identiteit.newUser(id);
        gebruiker.setPassword(WACHTWOORD);
        identiteit.saveUser(gebruiker);
        for (String groep : groepen) {
            if (identiteit.createGroupQuery().groupId(groep).count() == 0) {
                Group nieuw = identiteit.newGroup(groep);
                nieuw.setName("Werkoverleg Ter Peel");
                identiteit.saveGroup(nieuw);
            }
            identiteit.createMembership(id, groep);
        }
        return id;
    }

    private static List<String> statementsVan(String statement, Runnable actie) {
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

    private static long telTaken(ApiKlant klant, String criteria) {
        try {
            return JSON.readTree(klant.get("/engine-rest/task/count" + criteria).body()).path("count").asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
