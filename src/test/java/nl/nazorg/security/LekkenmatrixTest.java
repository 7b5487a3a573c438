package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.beeldvorming.Leefgebied;
import nl.nazorg.demo.Casusverloop;
import nl.nazorg.demo.Draaiboek;
import nl.nazorg.demo.Proefpersonen;
import nl.nazorg.demo.SimulatieKlok;
import nl.nazorg.melding.EersteDagsmelding;
import nl.nazorg.zelfmelder.Zelfmeldermelding;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo role against a mixed set of cases (each PI, each region, both processes, one case with its D&R-plan
 * as document) over every read path: Tasklist's task query, process instances, history, variables, forms,
 * documents, /api/v1, the reports, and what Tasklist and Cockpit read through /camunda/api with a logged-in session. A role may see what the spec gives it; anything more is a leak. The test
 * prints the matrix (cases seen per path) and the number of leaks, which must be 0. Cases of one year
 * ({@link #jaar}): nothing else in the test database has dates in that year.
 */
class LekkenmatrixTest extends PostgresSpringTest {

    private record Casus(String id, boolean nazorg, String pi, String regio, String gemeente) {
    }

    /** One role's ways in: /api/v1 and /engine-rest, and the webapps' own /camunda/api with a session. */
    record Lezer(ApiKlant api, WebappSessie webapp) {
    }

    /** The cases of the matrix, named after its year. */
    private List<Casus> casussen() {
        String lek = "LEK" + jaar() % 100 + "-";
        return List.of(
                new Casus(lek + "TERPEEL-VENLO", true, "ter-peel", "noord-limburg", "GM0983"),
                new Casus(lek + "TERPEEL-ROERMOND", true, "ter-peel", "midden-limburg", "GM0957"),
                new Casus(lek + "SITTARD-SITTARD", true, "sittard", "zuid-limburg", "GM1883"),
                new Casus(lek + "ROERMOND-ROERMOND", true, "roermond", "midden-limburg", "GM0957"),
                new Casus(lek + "ROERMOND-VENLO", true, "roermond", "noord-limburg", "GM0983"),
                new Casus(lek + "ZM-VENLO", false, null, "noord-limburg", "GM0983"),
                new Casus(lek + "ZM-ROERMOND", false, null, "midden-limburg", "GM0957"));
    }

    /** What each demo user may see, from the spec: own PI, own region, own gemeente; the chain-wide roles all. */
    private static final Map<String, Function<Casus, Boolean>> MAG_ZIEN = new LinkedHashMap<>();

    static {
        for (String[] pi : new String[][] {{"terpeel", "ter-peel"}, {"sittard", "sittard"}, {"roermond", "roermond"}}) {
            MAG_ZIEN.put("cm-" + pi[0], c -> c.nazorg() && pi[1].equals(c.pi()));
            MAG_ZIEN.put("mdo-" + pi[0], c -> c.nazorg() && pi[1].equals(c.pi()));
        }
        for (String[] regio : new String[][] {{"noord", "noord-limburg"}, {"midden", "midden-limburg"}}) {
            for (String rol : List.of("zvh-", "coord-", "regie-")) {
                MAG_ZIEN.put(rol + regio[0], c -> regio[1].equals(c.regio()));
            }
        }
        MAG_ZIEN.put("gemeente-venlo", c -> "GM0983".equals(c.gemeente()));
        MAG_ZIEN.put("gemeente-roermond", c -> "GM0957".equals(c.gemeente()));
        MAG_ZIEN.put("reclassering", Casus::nazorg);
        MAG_ZIEN.put("manager", c -> true);
        MAG_ZIEN.put("beheerder", c -> true);
        MAG_ZIEN.put("koppeling", c -> true);
    }

    @LocalServerPort int poort;
    @Autowired Casusverloop verloop;
    @Autowired SimulatieKlok klok;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired FormService formulieren;
    @Autowired IdentityService identiteit;
    @Autowired RepositoryService modellen;
    @Autowired HistoryService historie;

    /** The instance of "D&R-plan tussentijds herzien" that the casemanager started for the case with the plan. */
    private String herzieningsverzoek;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void geenRolZietMeerDanZeMag() throws Exception {
        Map<String, String> procesVan = speelCasussen();
        try {
            Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
            int lekken = 0;
            for (Map.Entry<String, Function<Casus, Boolean>> rol : MAG_ZIEN.entrySet()) {
                Lezer lezer = lezer(rol.getKey());
                ApiKlant klant = lezer.api();
                Map<String, String> rij = new LinkedHashMap<>();
                for (Map.Entry<String, BiPredicate<Lezer, Casus>> pad : leespaden(procesVan).entrySet()) {
                    int gezien = 0;
                    int gelekt = 0;
                    for (Casus casus : casussen()) {
                        if (pad.getValue().test(lezer, casus)) {
                            gezien++;
                            if (!rol.getValue().apply(casus)) {
                                gelekt++;
                                System.out.printf("LEK: %s ziet %s via %s%n", rol.getKey(), casus.id(), pad.getKey());
                            }
                        }
                    }
                    lekken += gelekt;
                    rij.put(pad.getKey(), gelekt == 0 ? String.valueOf(gezien) : gezien + "!" + gelekt);
                }
                int rapportlekken = rapportlekken(klant, rol.getValue());
                lekken += rapportlekken;
                rij.put("rapportage", rapportlekken == 0 ? "ok" : rapportlekken + "!");
                matrix.put(rol.getKey(), rij);
            }
            drukAf(matrix, lekken);
            assertThat(lekken).isZero();
            assertThat(matrix.get("manager").values()).as("the matrix can see something at all").contains("7");
            assertThat(matrix.get("cm-terpeel").get("api/v1 casus")).as("also the case with a plan").isEqualTo("2");
            assertThat(matrix.get("manager").get("api/v1 casus")).isEqualTo("5");
            assertThat(matrix.get("beheerder").get("herziening")).as("the revision request ended in its start and keeps "
                    + "nothing of its case, not even for the beheerder").isEqualTo("0");
            assertThat(matrix.get("gemeente-venlo").get("variabelen")).as("its zelfmelder, and the case with a plan, "
                    + "whose 1f names the gemeente (issue 21: involvement grants sight)").isEqualTo("2");
        } finally {
            procesVan.values().forEach(id -> runtime.deleteProcessInstanceIfExists(id, "einde lekkentest", true, true, true, true));
        }
    }

    /** 2012; a subclass that runs against the same database takes a year of its own. */
    int jaar() {
        return 2012;
    }

    /**
     * How the demo user of this role logs in: HTTP Basic, and Camunda's login page of Cockpit or else Tasklist. A
     * subclass logs the role in another way (single sign-on, {@link OidcLekkenmatrixTest}); the matrix stays the same.
     */
    Lezer lezer(String rol) {
        WebappSessie webapp = WebappSessie.logIn(poort, rol, "cockpit");
        if (!webapp.isAangemeld()) {
            webapp = WebappSessie.logIn(poort, rol, "tasklist");
        }
        return new Lezer(new ApiKlant(poort, rol), webapp);
    }

    /** Per read path: does this user see this case there? */
    private Map<String, BiPredicate<Lezer, Casus>> leespaden(Map<String, String> procesVan) {
        Map<String, BiPredicate<Lezer, Casus>> paden = new LinkedHashMap<>();
        paden.put("taken", (l, c) -> bevat(l.api().get("/engine-rest/task?processInstanceBusinessKey=" + c.id())));
        paden.put("instanties", (l, c) -> bevat(l.api().get("/engine-rest/process-instance?businessKey=" + c.id())));
        paden.put("historie", (l, c) -> bevat(l.api().get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + c.id())));
        paden.put("historische taken", (l, c) -> bevat(l.api().get("/engine-rest/history/task?processInstanceBusinessKey=" + c.id())));
        paden.put("variabelen", (l, c) -> l.api().get("/engine-rest/process-instance/" + procesVan.get(c.id()) + "/variables").statusCode() == 200);
        paden.put("historische variabelen", (l, c) -> bevat(l.api().get("/engine-rest/history/variable-instance?processInstanceId=" + procesVan.get(c.id()))));
        paden.put("formulieren", (l, c) -> taken.createTaskQuery().processInstanceId(procesVan.get(c.id())).list().stream()
                .anyMatch(taak -> l.api().get("/engine-rest/task/" + taak.getId() + "/form-variables").statusCode() == 200));
        paden.put("api/v1 casus", (l, c) -> l.api().get("/api/v1/detenties/" + c.id()).statusCode() == 200);
        paden.put("documenten", (l, c) -> l.api().get("/api/v1/detenties/" + c.id() + "/documenten").statusCode() == 200);
        // what the request for a revision (process dr-plan-herzien) keeps of its case: nothing, for anyone
        paden.put("herziening", (l, c) -> Stream.of("/engine-rest/history/process-instance?processInstanceId=",
                        "/engine-rest/history/variable-instance?processInstanceId=",
                        "/engine-rest/history/user-operation?processInstanceId=", "/engine-rest/process-instance?processInstanceIds=",
                        "/engine-rest/variable-instance?processInstanceIdIn=")
                .map(pad -> l.api().get(pad + herzieningsverzoek))
                .anyMatch(antwoord -> antwoord.statusCode() == 200 && antwoord.body().contains(c.id())));
        paden.put("webapp taken", (l, c) -> l.webapp().isAangemeld()
                && bevat(l.webapp().get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + c.id())));
        paden.put("webapp instanties", (l, c) -> l.webapp().isAangemeld()
                && bevat(l.webapp().get("/camunda/api/engine/engine/default/process-instance?businessKey=" + c.id())));
        paden.put("webapp historie", (l, c) -> l.webapp().isAangemeld() && bevat(l.webapp()
                .get("/camunda/api/engine/engine/default/history/process-instance?processInstanceBusinessKey=" + c.id())));
        return paden;
    }

    /** A 200 whose JSON list or object has at least one id. */
    private boolean bevat(HttpResponse<String> antwoord) {
        if (antwoord.statusCode() != 200) {
            return false;
        }
        try {
            return json.readTree(antwoord.body()).findValues("id").size() > 0;
        } catch (Exception e) {
            throw new IllegalStateException(antwoord.uri() + ": " + antwoord.body(), e);
        }
    }

    /** Instroom per PI in the matrix's year as this user's report shows it, against the cases of that PI they may see. */
    private int rapportlekken(ApiKlant klant, Function<Casus, Boolean> magZien) throws Exception {
        HttpResponse<String> antwoord = klant.get("/api/v1/rapportages/informatiebladen?van=" + jaar() + "-01-01&tot=" + jaar() + "-12-31");
        if (antwoord.statusCode() != 200) {
            return 0;
        }
        int lekken = 0;
        for (JsonNode rij : json.readTree(antwoord.body()).path("rijen")) {
            if (!"pi".equals(rij.path("soort").asText())) {
                continue;
            }
            String pi = rij.path("piCode").asText();
            long toegestaan = casussen().stream().filter(c -> c.nazorg() && pi.equals(c.pi()) && magZien.apply(c)).count();
            lekken += (int) Math.max(0, rij.path("instroom").asLong() - toegestaan);
        }
        return lekken;
    }

    private Map<String, String> speelCasussen() {
        Draaiboek draaiboek = new Draaiboek();
        LocalDate dag = LocalDate.of(jaar(), 3, 1);
        for (Casus casus : casussen()) {
            if (casus.nazorg()) {
                draaiboek.op(dag, () -> verloop.meld(new EersteDagsmelding(casus.id(), Proefpersonen.bsn(new SecureRandom()),
                        "Lek", "L.", LocalDate.of(1985, 1, 1), "M", casus.gemeente(), casus.pi(), dag, false, dag.plusMonths(6), null)));
            } else {
                draaiboek.op(dag, () -> verloop.meld(new Zelfmeldermelding(casus.id(), Proefpersonen.bsn(new SecureRandom()),
                        "Lek", "L.", LocalDate.of(1985, 1, 1), "V", casus.gemeente(), dag.plusMonths(2))));
            }
        }
        String metPlan = casussen().get(0).id();
        draaiboek.op(dag.plusDays(1), () -> assertThat(verloop.binnenkomst(metPlan)).isTrue());
        draaiboek.op(dag.plusDays(5), () -> assertThat(verloop.intake(metPlan, List.of(Leefgebied.HUISVESTING))).isTrue());
        draaiboek.op(dag.plusDays(6), () -> assertThat(verloop.informatieblad(metPlan)).isTrue());
        draaiboek.op(dag.plusDays(7), () -> assertThat(verloop.beeldvormingAfronden(metPlan)).isTrue());
        draaiboek.op(dag.plusDays(8), () -> assertThat(verloop.plan(metPlan, List.of(Leefgebied.HUISVESTING), dag.plusMonths(2))).isTrue());
        draaiboek.speel(klok, Draaiboek.begin(dag.plusDays(9)));
        klok.terugNaarEchteTijd();
        vraagHerzieningAan(metPlan);

        Map<String, String> procesVan = new LinkedHashMap<>();
        for (Casus casus : casussen()) {
            procesVan.put(casus.id(), runtime.createProcessInstanceQuery().processInstanceBusinessKey(casus.id()).singleResult().getId());
        }
        return procesVan;
    }

    /** Its casemanager asks, as in Tasklist's "Proces starten", for a revision of the case's adopted plan (issue 21). */
    private void vraagHerzieningAan(String detentieId) {
        String definitie = modellen.createProcessDefinitionQuery().processDefinitionKey("dr-plan-herzien").latestVersion()
                .singleResult().getId();
        identiteit.setAuthentication("cm-terpeel", List.of("casemanager-ter-peel"));
        try {
            herzieningsverzoek = formulieren.submitStartForm(definitie,
                    Map.of("detentieId", detentieId, "reden", "Lek: nieuwe hulpvraag")).getId();
        } finally {
            identiteit.clearAuthentication();
        }
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(herzieningsverzoek).singleResult().getState())
                .isEqualTo("COMPLETED");
    }

    private static void drukAf(Map<String, Map<String, String>> matrix, int lekken) {
        List<String> kolommen = new ArrayList<>(matrix.values().iterator().next().keySet());
        StringBuilder uit = new StringBuilder("Lekkenmatrix (casussen gezien per leespad van 7; n!m = m gelekt):\n");
        uit.append(String.format("%-18s", "rol"));
        kolommen.forEach(k -> uit.append(String.format(" | %-11s", k.length() > 11 ? k.substring(0, 11) : k)));
        uit.append('\n');
        matrix.forEach((rol, rij) -> {
            uit.append(String.format("%-18s", rol));
            kolommen.forEach(k -> uit.append(String.format(" | %-11s", rij.get(k))));
            uit.append('\n');
        });
        uit.append("Lekken: ").append(lekken).append('\n');
        System.out.print(uit);
    }
}
