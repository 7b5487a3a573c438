package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The expression in a task query's orQueries (Camunda 7.24 CE evaluates it) never reaches evaluation, whatever the
 * route, encoding or API. The probe makes evaluation visible: a task of cm-terpeel's PI is given to cm-terpeel, and
 * cm-terpeel asks for the tasks assigned to {@code ${currentUser()}}. Evaluated, the answer holds that task; refused,
 * it is a 400 that holds nothing. Every route is first shown to reach the engine with the same query without
 * expression (the control), which does return the task.
 */
class ExpressieAfweerTest extends PostgresSpringTest {

    private static final String PROBE = "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}";
    private static final String CONTROLE = "{\"orQueries\": [{\"assignee\": \"cm-terpeel\"}]}";
    private static final String STAP_1 = "Stap 1: binnenkomst en check ZVH";

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;
    @Autowired TaskService taken;
    @Autowired FilterService filters;
    @Autowired IdentityService identiteit;
    @Autowired AuthorizationService autorisaties;

    private String taak;

    @BeforeEach
    void taakVanCmTerpeel() {
        taak = casussen.taak(casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983"), "Task_ContactLeggen");
        taken.setAssignee(taak, "cm-terpeel");
    }

    @AfterEach
    void geenAanmeldingOver() {
        identiteit.clearAuthentication();
    }

    @Test
    void takenroutesWeigerenDeExpressie() {
        for (String pad : List.of("/engine-rest/task", "/engine-rest/engine/default/task", "/engine-rest/task/")) {
            assertThat(post(pad, CONTROLE).body()).as(pad).contains(taak);
            geweigerd(post(pad, PROBE), pad);
        }
        assertThat(post("/engine-rest/task/count", CONTROLE).body()).contains("\"count\"");
        HttpResponse<String> telling = post("/engine-rest/task/count", PROBE);
        geweigerd(telling, "/engine-rest/task/count");
        assertThat(telling.body()).doesNotContain("\"count\"");
    }

    @Test
    void filterroutesWeigerenEenUitbreidingMetExpressie() {
        String stap1 = filter(STAP_1);
        assertThat(post("/engine-rest/filter/" + stap1 + "/list", CONTROLE).body()).contains(taak);
        geweigerd(post("/engine-rest/filter/" + stap1 + "/list", PROBE), "filter list");
        assertThat(post("/engine-rest/filter/" + stap1 + "/count", CONTROLE).body()).contains("\"count\"").doesNotContain("\"count\":0");
        HttpResponse<String> telling = post("/engine-rest/filter/" + stap1 + "/count", PROBE);
        geweigerd(telling, "filter count");
        assertThat(telling.body()).doesNotContain("\"count\"");

        String utf16 = "application/json; charset=UTF-16";
        assertThat(stuur("/engine-rest/filter/" + stap1 + "/list", utf16, CONTROLE.getBytes(StandardCharsets.UTF_16)).body())
                .contains(taak);
        geweigerd(stuur("/engine-rest/filter/" + stap1 + "/list", utf16, PROBE.getBytes(StandardCharsets.UTF_16)), "filter UTF-16");
    }

    @Test
    void opgeslagenFiltersMetCurrentUserWerkenNog() {
        assertThat(post("/engine-rest/filter/" + filter("Mijn taken") + "/list", "{}").body()).contains(taak);
        assertThat(new ApiKlant(poort, "cm-terpeel").get("/engine-rest/filter/" + filter("Mijn taken") + "/list").body())
                .contains(taak);
    }

    @Test
    void andereTekensetsWordenOokGeweigerd() {
        for (String tekenset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            Charset charset = Charset.forName(tekenset);
            for (boolean bom : List.of(false, true)) {
                String soort = tekenset + (bom ? " met BOM" : " zonder BOM");
                assertThat(stuur("/engine-rest/task", "application/json", bytes(CONTROLE, charset, bom)).body()).as(soort)
                        .contains(taak);
                geweigerd(stuur("/engine-rest/task", "application/json", bytes(PROBE, charset, bom)), soort);
            }
        }
    }

    @Test
    void expressieAlsQueryParameterWordtGeweigerd() {
        ApiKlant cmTerpeel = new ApiKlant(poort, "cm-terpeel");
        assertThat(cmTerpeel.get("/engine-rest/task?assignee=cm-terpeel").body()).contains(taak);
        for (String waarde : List.of("%24%7BcurrentUser()%7D", "%24%7bcurrentUser%28%29%7d", "$%7BcurrentUser()%7D",
                "%24%7B%63%75%72%72%65%6E%74%55%73%65%72%28%29%7D", "%23%7BcurrentUser()%7D")) {
            for (String pad : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/engine/default/task")) {
                geweigerd(cmTerpeel.get(pad + "?assigneeExpression=" + waarde), pad + " " + waarde);
            }
        }
        WebappSessie tasklist = WebappSessie.logIn(poort, "cm-terpeel", "tasklist");
        assertThat(tasklist.isAangemeld()).isTrue();
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task?assignee=cm-terpeel").body()).contains(taak);
        geweigerd(tasklist.get("/camunda/api/engine/engine/default/task?assigneeExpression=%24%7BcurrentUser()%7D"), "webapp");
    }

    @Test
    void alleenDeBeheerderMaaktFiltersMetExpressies() {
        String metExpressie = nieuwFilter("Probe met expressie", "{\"assigneeExpression\": \"${currentUser()}\"}");
        String zonderExpressie = nieuwFilter("Probe zonder expressie", "{\"assignee\": \"cm-terpeel\"}");
        Authorization maken = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        maken.setUserId("cm-terpeel");
        maken.setResource(Resources.FILTER);
        maken.setResourceId(Authorization.ANY);
        maken.addPermission(Permissions.CREATE);
        autorisaties.saveAuthorization(maken);
        try {
            ApiKlant cmTerpeel = new ApiKlant(poort, "cm-terpeel");
            assertThat(cmTerpeel.post("/engine-rest/filter/create", zonderExpressie).statusCode()).isEqualTo(200);
            HttpResponse<String> weigering = cmTerpeel.post("/engine-rest/filter/create", metExpressie);
            assertThat(weigering.statusCode()).isEqualTo(400);
            assertThat(weigering.body()).contains(GeenExpressiesInZoekvragen.WEIGERING);
            assertThat(filters.createFilterQuery().filterName("Probe met expressie").count()).isZero();

            assertThat(new ApiKlant(poort, "beheerder").post("/engine-rest/filter/create", metExpressie).statusCode())
                    .isEqualTo(200);
            assertThat(filters.createFilterQuery().filterName("Probe met expressie").count()).isOne();
        } finally {
            autorisaties.deleteAuthorization(maken.getId());
            filters.createFilterQuery().filterNameLike("Probe %").list().forEach(f -> filters.deleteFilter(f.getId()));
        }
    }

    @Test
    void deJavaApiWeigertOokZonderHttp() {
        Filter eigen = filters.newTaskFilter("Probe Java").setQuery(taken.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        alsCmTerpeel();
        TaskQuery metOrExpressie = taken.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").endOr();
        assertThatThrownBy(metOrExpressie::list).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining(GeenExpressiesInZoekvragen.WEIGERING);
        assertThatThrownBy(metOrExpressie::count).isInstanceOf(BadUserRequestException.class);
        assertThat(taken.createTaskQuery().or().taskAssignee("cm-terpeel").endOr().list()).extracting(Task::getId).contains(taak);

        String stap1 = filter(STAP_1);
        TaskQuery uitbreiding = taken.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").endOr();
        assertThatThrownBy(() -> filters.list(stap1, uitbreiding)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining(GeenExpressiesInZoekvragen.WEIGERING);
        assertThatThrownBy(() -> filters.listPage(stap1, uitbreiding, 0, 15)).isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> filters.count(stap1, uitbreiding)).isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> filters.singleResult(stap1, uitbreiding)).isInstanceOf(BadUserRequestException.class);
        assertThat(filters.<Task>list(filter("Mijn taken"))).extracting(Task::getId).contains(taak);

        assertThatThrownBy(() -> filters.saveFilter(eigen)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining(GeenExpressiesInZoekvragen.WEIGERING);
        identiteit.clearAuthentication();
        assertThat(filters.createFilterQuery().filterName("Probe Java").count()).isZero();

        filters.saveFilter(eigen);
        try {
            assertThat(filters.createFilterQuery().filterName("Probe Java").count()).isOne();
        } finally {
            filters.deleteFilter(eigen.getId());
        }
    }

    private void alsCmTerpeel() {
        List<String> groepen = identiteit.createGroupQuery().groupMember("cm-terpeel").list().stream().map(Group::getId).toList();
        identiteit.setAuthentication("cm-terpeel", groepen);
    }

    private void geweigerd(HttpResponse<String> antwoord, String waar) {
        assertThat(antwoord.statusCode()).as(waar + ": " + antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).as(waar).contains(GeenExpressiesInZoekvragen.WEIGERING).doesNotContain(taak);
    }

    private String filter(String naam) {
        return filters.createFilterQuery().filterName(naam).singleResult().getId();
    }

    private static String nieuwFilter(String naam, String zoekvraag) {
        return "{\"resourceType\": \"Task\", \"name\": \"" + naam + "\", \"query\": " + zoekvraag + ", \"properties\": {}}";
    }

    private HttpResponse<String> post(String pad, String json) {
        return new ApiKlant(poort, "cm-terpeel").post(pad, json);
    }

    private static byte[] bytes(String json, Charset charset, boolean bom) {
        return ((bom ? "\uFEFF" : "") + json).getBytes(charset);
    }

    /** A body in any encoding; ApiKlant sends UTF-8 only. */
    private HttpResponse<String> stuur(String pad, String contentType, byte[] body) {
        String login = Base64.getEncoder().encodeToString("cm-terpeel:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + login).header("Accept", "application/json")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
