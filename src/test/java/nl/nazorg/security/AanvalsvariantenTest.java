package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Generated attacks on every sensitive endpoint family, as anonymous and as each kind of role: every spelling of the
 * address ({@link Padvarianten}), each route to the same data (the engine's REST API, its engine-named routes, the
 * webapps' API), and for bodies every encoding ({@link Lichamen}). Expected: 400, 401, 403 or 404 for anything but
 * the normal spelling; never a 5xx, never a bsn the caller may not see, never an evaluated expression, never a new
 * administrator. The probe for evaluation: a task query whose only way to find a task is an evaluated expression
 * ({@code ${currentUser()}}, {@code ${currentUserGroups()}}), so any task in its answer proves evaluation.
 */
class AanvalsvariantenTest extends PostgresSpringTest {

    private static final String BSN_NOORD = "999999989";
    private static final String BSN_MIDDEN = "999999977";
    private static final String PROEF = """
            {"orQueries": [{"assigneeExpression": "${currentUser()}", "candidateGroupsExpression": "${currentUserGroups()}",
              "taskDefinitionKey": "bestaat-niet"}]}""";
    private static final String INDRINGER = """
            {"profile": {"id": "indringer", "firstName": "In", "lastName": "Dringer", "email": "x@example.org"},
             "credentials": {"password": "Overgenomen-2026"}}""";

    /** Who may see which of the two cases' bsn: own PI, own region, own gemeente; the ketenmanager none (monitoring needs no bsn). */
    private static final Map<String, Set<String>> MAG_ZIEN = Map.of(
            "anoniem", Set.of(),
            "cm-terpeel", Set.of(BSN_NOORD),
            "cm-roermond", Set.of(BSN_MIDDEN),
            "zvh-noord", Set.of(BSN_NOORD),
            "gemeente-roermond", Set.of(BSN_MIDDEN),
            "reclassering", Set.of(BSN_NOORD, BSN_MIDDEN),
            "manager", Set.of());

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired FilterService filters;
    @Autowired IdentityService identiteit;
    @Autowired TestCasussen casussen;

    private record Eindpunt(String methode, String adres, String body, boolean proef) {
    }

    @Test
    void geenVariantOmzeiltDeRegels() {
        ProcessInstance noord = casus(BSN_NOORD, "ter-peel", "GM0983");
        ProcessInstance midden = casus(BSN_MIDDEN, "roermond", "GM0957");
        taken.setAssignee(casussen.taak(noord, "Task_BeoordeelBekendheid"), "cm-terpeel");
        String filter = filters.createFilterQuery().list().get(0).getId();
        long beheerders = identiteit.createUserQuery().memberOfGroup("camunda-admin").count();

        List<Eindpunt> eindpunten = List.of(
                new Eindpunt("GET", "/engine-rest/variable-instance?variableName=bsn", null, false),
                new Eindpunt("GET", "/engine-rest/engine/default/variable-instance?variableName=bsn", null, false),
                new Eindpunt("GET", "/camunda/api/engine/engine/default/variable-instance?variableName=bsn", null, false),
                new Eindpunt("GET", "/engine-rest/process-instance/" + midden.getId() + "/variables", null, false),
                new Eindpunt("GET", "/camunda/api/engine/engine/default/process-instance/" + midden.getId() + "/variables", null, false),
                new Eindpunt("GET", "/api/v1/detenties/" + midden.getBusinessKey(), null, false),
                new Eindpunt("GET", "/engine-rest/task?taskDefinitionKey=bestaat-niet&assigneeExpression=%24%7BcurrentUser()%7D", null, true),
                new Eindpunt("POST", "/engine-rest/task", PROEF, true),
                new Eindpunt("POST", "/engine-rest/engine/default/task/count", PROEF, true),
                new Eindpunt("POST", "/camunda/api/engine/engine/default/task", PROEF, true),
                new Eindpunt("POST", "/engine-rest/filter/" + filter + "/list", PROEF, true),
                new Eindpunt("POST", "/camunda/api/engine/engine/default/filter/" + filter + "/count", PROEF, true),
                new Eindpunt("GET", "/camunda/api/engine/engine/default/user", null, false),
                new Eindpunt("POST", "/camunda/api/admin/setup/default/user/create", INDRINGER, false),
                new Eindpunt("PUT", "/camunda/api/engine/engine/default/group/camunda-admin/members/cm-terpeel", null, false),
                new Eindpunt("GET", "/camunda/api/cockpit/plugin/nazorg-rapportages/default/rapportages/uitstroom", null, false));

        List<Aanvaller> aanvallers = List.of(Aanvaller.anoniem(poort), Aanvaller.aangemeld(poort, "cm-terpeel", "tasklist"),
                Aanvaller.aangemeld(poort, "cm-roermond", "tasklist"), Aanvaller.aangemeld(poort, "zvh-noord", "tasklist"),
                Aanvaller.aangemeld(poort, "gemeente-roermond", "tasklist"), Aanvaller.aangemeld(poort, "reclassering", "tasklist"),
                Aanvaller.aangemeld(poort, "manager", "cockpit"));

        Map<String, Integer> soorten = new TreeMap<>();
        Map<Integer, Integer> statussen = new TreeMap<>();
        List<String> afwijkingen = new ArrayList<>();
        int verzoeken = 0;
        for (Aanvaller aanvaller : aanvallers) {
            for (Eindpunt eindpunt : eindpunten) {
                for (Padvarianten.Variant variant : Padvarianten.van(eindpunt.adres())) {
                    List<Lichamen.Lichaam> lichamen = eindpunt.body() == null ? List.of(new Lichamen.Lichaam("geen", null, null))
                            : variant.soort().equals("gewoon") || variant.soort().equals("staart") ? Lichamen.van(eindpunt.body())
                            : List.of(Lichamen.van(eindpunt.body()).get(0));
                    for (Lichamen.Lichaam lichaam : lichamen) {
                        HttpResponse<String> antwoord = aanvaller.stuur(eindpunt.methode(), variant.adres(), lichaam.bytes(), lichaam.contentType());
                        verzoeken++;
                        soorten.merge(variant.soort(), 1, Integer::sum);
                        statussen.merge(antwoord.statusCode(), 1, Integer::sum);
                        String fout = afwijking(aanvaller, eindpunt, variant, antwoord);
                        if (fout != null) {
                            afwijkingen.add(aanvaller.naam() + " " + eindpunt.methode() + " " + variant.adres() + " [" + lichaam.soort()
                                    + "] -> " + antwoord.statusCode() + ": " + fout);
                        }
                    }
                }
            }
        }
        if (identiteit.createUserQuery().userId("indringer").count() > 0) {
            afwijkingen.add("de set-up maakte de gebruiker indringer aan");
        }
        if (identiteit.createUserQuery().memberOfGroup("camunda-admin").count() != beheerders) {
            afwijkingen.add("camunda-admin kreeg er een lid bij");
        }
        System.out.printf("Aanvalsvarianten: %d verzoeken door %d bellers op %d eindpunten, soorten %s, statussen %s, afwijkingen: %d%n",
                verzoeken, aanvallers.size(), eindpunten.size(), soorten, statussen, afwijkingen.size());
        afwijkingen.stream().limit(40).forEach(a -> System.out.println("  afwijking: " + a));
        afwijkingen.stream().collect(Collectors.groupingBy(a -> a.substring(0, a.indexOf(' ')) + a.substring(a.lastIndexOf(':')),
                TreeMap::new, Collectors.counting())).forEach((soort, aantal) -> System.out.println("  " + aantal + "x " + soort));
        assertThat(afwijkingen).isEmpty();
    }

    private static String afwijking(Aanvaller aanvaller, Eindpunt eindpunt, Padvarianten.Variant variant, HttpResponse<String> antwoord) {
        int status = antwoord.statusCode();
        String body = antwoord.body();
        if (status >= 500) {
            return "serverfout";
        }
        for (String bsn : List.of(BSN_NOORD, BSN_MIDDEN)) {
            if (body.contains(bsn) && !MAG_ZIEN.get(aanvaller.naam()).contains(bsn)) {
                return "lek van bsn " + bsn;
            }
        }
        boolean geslaagd = status >= 200 && status < 300;
        if (eindpunt.proef() && geslaagd && !body.isBlank() && !body.equals("[]") && !body.contains("\"count\":0")) {
            return "expressie uitgevoerd";
        }
        if (eindpunt.adres().contains("/admin/setup/") && geslaagd) {
            return "set-up open";
        }
        if (aanvaller.isAnoniem() && status != 400 && status != 401 && status != 403 && status != 404) {
            return "anoniem niet geweigerd";
        }
        if (!Set.of("gewoon", "staart", "hoofdletters").contains(variant.soort()) && status != 400) {
            return "niet-genormaliseerd pad niet geweigerd";
        }
        return null;
    }

    private ProcessInstance casus(String bsn, String piCode, String gemeenteCode) {
        String detentieId = TestCasussen.nieuwDetentieId();
        Map<String, Object> melding = TestCasussen.melding(detentieId, piCode, gemeenteCode);
        melding.put("bsn", bsn);
        ProcessInstance casus = runtime.createMessageCorrelation("EersteDagsmelding").processInstanceBusinessKey(detentieId)
                .setVariables(melding).correlateStartMessage();
        casussen.voerJobUit(casus, "Task_RegistreerMelding");
        casussen.voerJobUit(casus, "Task_CheckBekendheid");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(casus.getId()).count()).as("casus loopt").isOne();
        return casus;
    }

}
