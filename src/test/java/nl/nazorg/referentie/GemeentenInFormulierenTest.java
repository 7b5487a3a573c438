package nl.nazorg.referentie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.identity.Referentiedata;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The forms offer every gemeente of the table (and the start form of a melding every PI). A task form reads them from the table whenever Tasklist loads it
 * (TaakformulierKeuzelijsten), so a gemeente that beheer adds shows at once, and nothing of the list is stored. A start
 * form holds them itself: this test fails until the start forms are written anew after the table changed, with
 * {@code mvn test -Dtest=GemeentenInFormulierenTest -Dformulieren.schrijf=true} (docs/referentiedata.md).
 */
class GemeentenInFormulierenTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int poort;
    @Autowired GemeenteTabel gemeenten;
    @Autowired Referentiedata referentiedata;
    @Autowired TestCasussen casussen;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService historie;
    @Autowired JdbcTemplate jdbc;

    @Test
    void elkStartformulierBiedtPreciesDeGemeentenEnPisVanDeTabellen() throws Exception {
        Map<String, List<Keuze>> tabellen = Map.of(
                Startformulierkeuzes.GEMEENTE, Gemeentekeuzes.van(gemeenten.gemeenten().values()),
                Startformulierkeuzes.PI, referentiedata.pis().stream().map(pi -> new Keuze(pi.naam(), pi.code())).toList());
        assertThat(tabellen.get(Startformulierkeuzes.GEMEENTE)).hasSize(342).contains(
                new Keuze("Amsterdam (GM0363)", "GM0363"), new Keuze("Venlo (GM0983)", "GM0983"));
        assertThat(tabellen.get(Startformulierkeuzes.PI)).hasSize(19).startsWith(new Keuze("PI Ter Peel", "ter-peel"));
        for (var formulier : Startformulierkeuzes.SELECTS.entrySet()) {
            for (String veld : formulier.getValue()) {
                if (Boolean.getBoolean("formulieren.schrijf")) {
                    Startformulierkeuzes.schrijf(formulier.getKey(), veld, tabellen.get(veld));
                }
                assertThat(Startformulierkeuzes.verschil(Startformulierkeuzes.lees(formulier.getKey(), veld), tabellen.get(veld)))
                        .as("%s, %s, tegen de tabel; schrijf de startformulieren opnieuw met "
                                + "mvn test -Dtest=GemeentenInFormulierenTest -Dformulieren.schrijf=true", formulier.getKey(), veld)
                        .isEmpty();
            }
        }
    }

    /** So an import that adds a gemeente (a merger) makes the test above fail until the forms are written anew. */
    @Test
    void eenNieuweGemeenteInDeTabelOntbreektInHetStartformulier() throws Exception {
        List<GemeenteTabel.Gemeente> metNieuwe = new ArrayList<>(gemeenten.gemeenten().values());
        metNieuwe.add(new GemeenteTabel.Gemeente("GM9998", "Nieuwe Gemeente", "amsterdam-amstelland"));
        for (Path formulier : Startformulierkeuzes.SELECTS.keySet()) {
            assertThat(Startformulierkeuzes.verschil(Startformulierkeuzes.lees(formulier, Startformulierkeuzes.GEMEENTE),
                    Gemeentekeuzes.van(metNieuwe))).containsExactly("ontbreekt: Nieuwe Gemeente (GM9998)");
        }
    }

    @Test
    void eenTaakformulierKrijgtDeGemeentenVanNuZonderZeOpTeSlaan() throws Exception {
        ProcessInstance casus = totUitstroomControleren();
        String taak = casussen.taak(casus, "Task_UitstroomControleren");
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");

        JsonNode lijst = gemeentelijst(casemanager, taak);
        assertThat(lijst).hasSize(342);
        assertThat(lijst.toString()).contains("{\"label\":\"Amsterdam (GM0363)\",\"value\":\"GM0363\"}",
                "{\"label\":\"Venlo (GM0983)\",\"value\":\"GM0983\"}");

        jdbc.update("insert into gemeente (code, naam, zvh_regio, volgorde) values ('GM9998', 'Nieuwe Gemeente', "
                + "'amsterdam-amstelland', 9998)");
        try {
            assertThat(gemeentelijst(casemanager, taak).toString()).as("after an import, without a release")
                    .contains("{\"label\":\"Nieuwe Gemeente (GM9998)\",\"value\":\"GM9998\"}");
        } finally {
            jdbc.update("delete from gemeente where code = 'GM9998'");
        }

        assertThat(runtime.getVariables(casus.getId())).doesNotContainKey("gemeenten");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where name_ = 'gemeenten'", Long.class)).isZero();
        assertThat(historie.createHistoricVariableInstanceQuery().variableName("gemeenten").count()).isZero();

        HttpResponse<String> metLijst = casemanager.post("/engine-rest/task/" + taak + "/submit-form", """
                {"variables": {"nogInDetentie": {"value": false}, "uitstroomdatum": {"value": "2026-06-01"},
                 "uitstroomgemeenteCode": {"value": "GM0363"}, "gemeenten": {"value": "[]", "type": "Json"}}}""");
        assertThat(metLijst.statusCode()).as(metLijst.body()).isEqualTo(403);
        assertThat(metLijst.body()).contains("'gemeenten'");

        ProcessInstance ander = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        assertThat(JSON.readTree(casemanager.get("/engine-rest/task/" + casussen.taak(ander, "Task_ContactLeggen")
                + "/form-variables").body()).has("gemeenten")).as("a form without the list does not get it").isFalse();
    }

    private static JsonNode gemeentelijst(ApiKlant klant, String taak) throws Exception {
        HttpResponse<String> antwoord = klant.get("/engine-rest/task/" + taak + "/form-variables?deserializeValues=false");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonNode variabele = JSON.readTree(antwoord.body()).path("gemeenten");
        assertThat(variabele.path("type").asText()).as(antwoord.body()).isEqualTo("Json");
        return JSON.readTree(variabele.path("value").asText());
    }

    /** The handover is done and the uit-detentiemelding does not come: the casemanager checks the release. */
    private ProcessInstance totUitstroomControleren() {
        ProcessInstance casus = casussen.totContactLeggen(TestCasussen.nieuwDetentieId(), "ter-peel", "GM0983");
        runtime.setVariable(casus.getId(), "verwachteUitstroomdatum", "2026-01-05");
        runtime.createProcessInstanceModification(casus.getId())
                .startBeforeActivity("Gateway_WachtOpUitstroom")
                .cancelAllForActivity("SubProcess_Detentie")
                .execute();
        casussen.voerJobUit(casus, "Event_GeenUitstroommelding");
        return casus;
    }
}
