package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 4: a user who holds a task tries to move the case (and its personal data) to another PI or region by
 * setting the variables its candidate groups come from, over every route. Each attempt must be refused with a message
 * that names the variable, and leave the case as it was: same piCode and zvhRegio, the task still open for the same
 * group, the same authorizations. The product's own paths (the form's own fields, the overplaatsing API) still work.
 */
class RoutekenmerkenTest extends PostgresSpringTest {

    private static final String PI_SITTARD = "{\"value\": \"sittard\", \"type\": \"String\"}";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired IdentityService identiteit;
    @Autowired AuthorizationService autorisaties;

    private ProcessInstance casus;
    private String taak;
    private ApiKlant casemanager;

    @BeforeEach
    void casusBijDeCasemanagerVanTerPeel() {
        casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        taak = casussen.taak(casus, "Task_ContactLeggen");
        casemanager = new ApiKlant(poort, "cm-terpeel");
    }

    @Test
    void taakvariabelenZettenViaDeRestApi() {
        geweigerd("piCode", () -> casemanager.post("/engine-rest/task/" + taak + "/variables",
                "{\"modifications\": {\"piCode\": " + PI_SITTARD + "}}"));
        geweigerd("piCode", () -> casemanager.put("/engine-rest/task/" + taak + "/variables/piCode", PI_SITTARD));
        geweigerd("piCode", () -> casemanager.post("/engine-rest/task/" + taak + "/variables",
                "{\"deletions\": [\"piCode\"]}"));
        geweigerd("zvhRegio", () -> casemanager.put("/engine-rest/task/" + taak + "/localVariables/zvhRegio",
                "{\"value\": \"zuid-limburg\"}"));
        geweigerd("piCode", () -> casemanager.post("/engine-rest/task/" + taak + "/localVariables",
                "{\"modifications\": {\"piCode\": " + PI_SITTARD + "}}"));
        geweigerd("gemeenteCode", () -> casemanager.put("/engine-rest/engine/default/task/" + taak
                + "/variables/gemeenteCode", "{\"value\": \"GM0957\"}"));
    }

    @Test
    void voltooienMetVariabelenBuitenHetFormulier() {
        geweigerd("piCode", () -> casemanager.post("/engine-rest/task/" + taak + "/complete",
                "{\"variables\": {\"contactGelegd\": {\"value\": true}, \"piCode\": " + PI_SITTARD + "}}"));
        geweigerd("zvhRegio", () -> casemanager.post("/engine-rest/task/" + taak + "/submit-form",
                "{\"variables\": {\"zvhRegio\": {\"value\": \"zuid-limburg\"}}}"));
        geweigerd("adviesAanPi", () -> casemanager.post("/engine-rest/task/" + taak + "/complete",
                "{\"variables\": {\"notitieContact\": {\"value\": \"gebeld\"}, \"adviesAanPi\": {\"value\": \"anders\"}}}"));
        geweigerd("piCode", () -> casemanager.post("/engine-rest/task/" + taak + "/resolve",
                "{\"variables\": {\"piCode\": " + PI_SITTARD + "}}"));
        geweigerd("piCode", () -> casemanager.post("/engine-rest/engine/default/task/" + taak + "/submit-form",
                "{\"variables\": {\"piCode\": " + PI_SITTARD + "}}"));
    }

    @Test
    void voltooienViaTasklistMetVariabelenBuitenHetFormulier() {
        WebappSessie tasklist = WebappSessie.logIn(poort, "cm-terpeel", "tasklist");
        assertThat(tasklist.isAangemeld()).isTrue();
        String pad = "/camunda/api/engine/engine/default/task/" + taak;
        geweigerd("piCode", () -> tasklist.post(pad + "/submit-form",
                "{\"variables\": {\"contactGelegd\": {\"value\": true}, \"piCode\": " + PI_SITTARD + "}}"));
        geweigerd("zvhRegio", () -> tasklist.post(pad + "/variables",
                "{\"modifications\": {\"zvhRegio\": {\"value\": \"zuid-limburg\"}}}"));
    }

    @Test
    void deJavaApiMetEenIngelogdeGebruiker() {
        Stand voor = stand();
        identiteit.setAuthentication("cm-terpeel", List.of("casemanager-ter-peel"));
        try {
            assertThatThrownBy(() -> taken.setVariable(taak, "piCode", "sittard"))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("'piCode'");
            assertThatThrownBy(() -> taken.complete(taak, Map.of("contactGelegd", true, "zvhRegio", "zuid-limburg")))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("'zvhRegio'");
            assertThatThrownBy(() -> taken.addCandidateGroup(taak, "casemanager-sittard"))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("groepen");
        } finally {
            identiteit.clearAuthentication();
        }
        assertThat(stand()).isEqualTo(voor);
    }

    @Test
    void eenTaakKrijgtGeenAndereGroepen() {
        weigert("groepen van een taak", () -> casemanager.post("/engine-rest/task/" + taak + "/identity-links",
                "{\"groupId\": \"casemanager-sittard\", \"type\": \"candidate\"}"));
        weigert("groepen van een taak", () -> casemanager.post("/engine-rest/task/" + taak + "/identity-links/delete",
                "{\"groupId\": \"casemanager-ter-peel\", \"type\": \"candidate\"}"));
    }

    /** A beheerder passes every authorization check; routing variables still go only through /api/v1. */
    @Test
    void ookEenBeheerderZetGeenRoutekenmerkenBuitenDeApiOm() {
        ApiKlant beheerder = casemanager.als("beheerder");
        geweigerd("piCode", () -> beheerder.post("/engine-rest/process-instance/" + casus.getId() + "/variables",
                "{\"modifications\": {\"piCode\": " + PI_SITTARD + "}}"));
        geweigerd("piCode", () -> beheerder.post("/engine-rest/message", "{\"messageName\": \"Overplaatsing\", "
                + "\"businessKey\": \"" + casus.getBusinessKey() + "\", \"processVariables\": {\"piCode\": " + PI_SITTARD + "}}"));
        geweigerd("zvhRegio", () -> beheerder.post("/engine-rest/process-instance/" + casus.getId() + "/modification",
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_ContactLeggen\", "
                        + "\"variables\": {\"zvhRegio\": {\"value\": \"zuid-limburg\"}}}]}"));
    }

    @Test
    void eenHandmatigeMeldingNeemtAlleenDeVeldenVanHetStartformulierAan() {
        String detentieId = TestCasussen.nieuwDetentieId();
        String melding = """
                "detentieId": {"value": "%s"}, "bsn": {"value": "111222333"}, "achternaam": {"value": "Jansen"},
                "voorletters": {"value": "P."}, "geboortedatum": {"value": "1990-05-17"}, "geslacht": {"value": "M"},
                "gemeenteCode": {"value": "GM0983"}, "piCode": {"value": "ter-peel"},
                "insluitingsdatum": {"value": "2026-03-02"}, "voorlopigeHechtenis": {"value": false}""".formatted(detentieId);
        ApiKlant beheerder = casemanager.als("beheerder");

        HttpResponse<String> metRegio = beheerder.post("/engine-rest/process-definition/key/nazorg/submit-form",
                "{\"variables\": {" + melding + ", \"zvhRegio\": {\"value\": \"zuid-limburg\"}}}");
        assertThat(metRegio.statusCode()).as(metRegio.body()).isEqualTo(403);
        assertThat(metRegio.body()).contains("'zvhRegio'");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isZero();

        HttpResponse<String> alleenFormulier = beheerder.post("/engine-rest/process-definition/key/nazorg/submit-form",
                "{\"variables\": {" + melding + "}}");
        assertThat(alleenFormulier.statusCode()).as(alleenFormulier.body()).isEqualTo(200);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isOne();
    }

    @Test
    void deEigenVeldenVanHetFormulierWerkenGewoon() {
        HttpResponse<String> antwoord = casemanager.post("/engine-rest/task/" + taak + "/submit-form",
                "{\"variables\": {\"contactGelegd\": {\"value\": true}, \"notitieContact\": {\"value\": \"gebeld\"}}}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(204);
        assertThat(taken.createTaskQuery().taskId(taak).count()).isZero();
        assertThat(runtime.getVariable(casus.getId(), "notitieContact")).isEqualTo("gebeld");

        // zvhClient routes the case, and is the ZVH administration's own field in its assessment.
        ProcessInstance beoordeling = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        String beoordelen = casussen.taak(beoordeling, "Task_BeoordeelBekendheid");
        HttpResponse<String> zvh = casemanager.als("zvh-noord").post("/engine-rest/task/" + beoordelen + "/complete",
                "{\"variables\": {\"zvhClient\": {\"value\": true}, \"adviesAanPi\": {\"value\": \"Regie bij ZVH\"}}}");
        assertThat(zvh.statusCode()).as(zvh.body()).isEqualTo(204);
        assertThat(runtime.getVariable(beoordeling.getId(), "zvhClient")).isEqualTo(true);
    }

    @Test
    void deOverplaatsingViaDeApiVerandertDePi() {
        HttpResponse<String> antwoord = casemanager.als("koppeling").post(
                "/api/v1/detenties/" + casus.getBusinessKey() + "/overplaatsing", "{\"piCode\": \"sittard\"}");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        assertThat(runtime.getVariable(casus.getId(), "piCode")).isEqualTo("sittard");
        assertThat(kandidaatgroepen()).containsExactly("casemanager-sittard");
    }

    @Test
    void eenTaakGaatAlleenNaarIemandUitDeEigenGroep() {
        String anderePi = "{\"userId\": \"cm-sittard\"}";
        for (String route : List.of("/claim", "/assignee", "/delegate")) {
            weigert("'cm-sittard' hoort daar niet bij", () -> casemanager.post("/engine-rest/task/" + taak + route, anderePi));
        }
        for (String soort : List.of("candidate", "assignee", "owner")) {
            weigert("'cm-sittard' hoort daar niet bij", () -> casemanager.post("/engine-rest/task/" + taak + "/identity-links",
                    "{\"userId\": \"cm-sittard\", \"type\": \"" + soort + "\"}"));
        }
        weigert("'cm-sittard' hoort daar niet bij", () -> casemanager.put("/engine-rest/task/" + taak,
                "{\"name\": \"Contact leggen\", \"assignee\": \"cm-sittard\"}"));
        assertThat(taken.createTaskQuery().taskId(taak).singleResult().getAssignee()).isNull();
        assertThat(taken.getIdentityLinksForTask(taak)).noneMatch(koppeling -> "cm-sittard".equals(koppeling.getUserId()));

        User collega = identiteit.newUser("cm-terpeel-collega-" + UUID.randomUUID().toString().substring(0, 8));
        identiteit.saveUser(collega);
        identiteit.createMembership(collega.getId(), "casemanager-ter-peel");
        try {
            assertThat(casemanager.post("/engine-rest/task/" + taak + "/assignee", "{\"userId\": \"" + collega.getId() + "\"}")
                    .statusCode()).isEqualTo(204);
            assertThat(taken.createTaskQuery().taskId(taak).singleResult().getAssignee()).isEqualTo(collega.getId());
        } finally {
            identiteit.deleteUser(collega.getId());
        }
    }

    private void geweigerd(String variabele, Supplier<HttpResponse<String>> poging) {
        weigert("'" + variabele + "'", poging);
    }

    private void weigert(String inMelding, Supplier<HttpResponse<String>> poging) {
        Stand voor = stand();
        HttpResponse<String> antwoord = poging.get();
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
        assertThat(antwoord.body()).contains(inMelding);
        assertThat(stand()).as("case unchanged after " + antwoord.uri()).isEqualTo(voor);
    }

    private record Stand(Object piCode, Object zvhRegio, Object gemeenteCode, boolean taakOpen, Set<String> kandidaatgroepen,
                         Set<String> lokaleVariabelen, Set<String> casusGroepen, Set<String> taakGroepen) {
    }

    private Stand stand() {
        boolean open = taken.createTaskQuery().taskId(taak).count() == 1;
        return new Stand(runtime.getVariable(casus.getId(), "piCode"), runtime.getVariable(casus.getId(), "zvhRegio"),
                runtime.getVariable(casus.getId(), "gemeenteCode"), open, open ? kandidaatgroepen() : Set.of(),
                open ? taken.getVariablesLocal(taak).keySet() : Set.of(),
                groepenMetAutorisatie(Resources.PROCESS_INSTANCE.resourceType(), casus.getId()),
                groepenMetAutorisatie(Resources.TASK.resourceType(), taak));
    }

    private Set<String> kandidaatgroepen() {
        return taken.getIdentityLinksForTask(taak).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> groepenMetAutorisatie(int soort, String id) {
        return autorisaties.createAuthorizationQuery().resourceType(soort).resourceId(id).list().stream()
                .map(a -> a.getGroupId() + ":" + a.getUserId() + ":" + a.getAuthorizationType())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
