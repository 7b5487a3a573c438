package nl.nazorg.referentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.partner.PartnerAdressen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole country as reference data: a gemeente outside Limburg gets its own ZVH region and groups, a code the
 * gemeente table does not know is refused on every way in (API with a 400 naming the field, start forms, message
 * correlation), and beheer replaces the table with CBS's file, where a broken file changes nothing.
 */
class LandelijkeReferentiedataTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT = "/api/v1/referentiedata/gemeenten";

    @LocalServerPort int poort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taken;
    @Autowired IdentityService identiteit;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired PartnerAdressen adressen;

    private ApiKlant koppeling;
    private TestCasussen casussen;
    private List<Map<String, Object>> gemeentenVoor;

    @BeforeEach
    void bewaarTabel() {
        koppeling = new ApiKlant(poort, "koppeling");
        casussen = new TestCasussen(runtime, taken, management);
        gemeentenVoor = jdbc.queryForList("select code, naam, zvh_regio, volgorde from gemeente");
    }

    /** The other tests share this database: the import's changes are undone. */
    @AfterEach
    void herstelTabel() {
        jdbc.update("delete from gemeente");
        gemeentenVoor.forEach(g -> jdbc.update("insert into gemeente (code, naam, zvh_regio, volgorde) values (?, ?, ?, ?)",
                g.get("code"), g.get("naam"), g.get("zvh_regio"), g.get("volgorde")));
    }

    @Test
    void deBaselineKentHetHeleLandEnLimburgVolgensBijlage2() {
        assertThat(jdbc.queryForObject("select count(*) from gemeente", Integer.class)).isEqualTo(342);
        assertThat(jdbc.queryForList("select zvh_regio from gemeente where code in ('GM0983', 'GM0957', 'GM0935') order by code",
                String.class)).containsExactly("zuid-limburg", "midden-limburg", "noord-limburg");
        assertThat(jdbc.queryForList("select zvh_regio, count(*) from gemeente where zvh_regio like '%limburg' "
                + "group by zvh_regio order by zvh_regio").stream().map(r -> r.get("zvh_regio") + "=" + r.get("count")))
                .containsExactly("midden-limburg=7", "noord-limburg=8", "zuid-limburg=16");
        assertThat(jdbc.queryForList("select code from pi", String.class)).contains("ter-peel", "sittard", "roermond", "vught");
    }

    @Test
    void eenGemeenteBuitenLimburgKrijgtHaarRegioEnDeGroepenBestaan() throws Exception {
        HttpResponse<String> antwoord = koppeling.post("/api/v1/detenties", melding(TestCasussen.nieuwDetentieId(), "GM0363", "vught"));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        assertThat(JSON.readTree(antwoord.body()).path("zvhRegio").asText()).isEqualTo("amsterdam-amstelland");

        ProcessInstance casus = casussen.totBeoordeelBekendheid(TestCasussen.nieuwDetentieId(), "vught", "GM0363");
        assertThat(runtime.getVariable(casus.getId(), "zvhRegio")).isEqualTo("amsterdam-amstelland");
        assertThat(runtime.getVariable(casus.getId(), "gemeenteCode")).isEqualTo("GM0363");
        List<String> kandidaten = taken.getIdentityLinksForTask(taken.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey("Task_BeoordeelBekendheid").singleResult().getId())
                .stream().map(l -> l.getGroupId()).toList();
        assertThat(kandidaten).containsExactly("zvh-administratie-amsterdam-amstelland");
        for (String groep : List.of("zvh-administratie-amsterdam-amstelland", "coordinator-nazorg-amsterdam-amstelland",
                "procesregisseur-amsterdam-amstelland", "casemanager-vught", "mdo-vught", "gemeente-GM0363")) {
            assertThat(identiteit.createGroupQuery().groupId(groep).count()).as(groep).isOne();
        }
    }

    @Test
    void eenOnbekendeGemeenteGeeft400DatHetVeldNoemt() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        weigert(koppeling.post("/api/v1/detenties", melding(detentieId, "GM9999", "ter-peel")), "gemeenteCode");
        assertThat(jdbc.queryForObject("select count(*) from casus where detentie_id = ?", Integer.class, detentieId)).isZero();

        weigert(koppeling.post("/api/v1/zelfmelders", """
                {"zelfmelderId": "ZM-GM9999", "bsn": "100000022", "achternaam": "de Vries", "voorletters": "K.",
                 "geboortedatum": "1985-02-11", "geslacht": "V", "gemeenteCode": "GM9999", "oproepdatum": "2099-01-15"}"""),
                "gemeenteCode");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("ZM-GM9999").count()).isZero();

        String bestaand = TestCasussen.nieuwDetentieId();
        assertThat(koppeling.post("/api/v1/detenties", melding(bestaand, "GM0983", "ter-peel")).statusCode()).isEqualTo(201);
        weigert(koppeling.post("/api/v1/detenties/" + bestaand + "/uitstroom",
                "{\"uitstroomdatum\": \"2026-11-10\", \"uitstroomgemeenteCode\": \"GM9999\"}"), "uitstroomgemeenteCode");
        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(bestaand)
                .singleResult().getId(), "uitstroomgemeenteCode")).isNull();
    }

    @Test
    void deEngineWeigertEenOnbekendeGemeenteBijElkeStart() {
        String detentieId = TestCasussen.nieuwDetentieId();
        assertThatThrownBy(() -> casussen.start(detentieId, "ter-peel", "GM9999"))
                .isInstanceOf(OngeldigeProcesinvoerException.class).hasMessageContaining("'gemeenteCode'");

        ApiKlant beheerder = koppeling.als("beheerder");
        HttpResponse<String> handmatig = beheerder.post("/engine-rest/process-definition/key/nazorg/submit-form", """
                {"variables": {"detentieId": {"value": "%s"}, "bsn": {"value": "111222333"}, "achternaam": {"value": "Jansen"},
                 "voorletters": {"value": "P."}, "geboortedatum": {"value": "1990-05-17"}, "geslacht": {"value": "M"},
                 "gemeenteCode": {"value": "GM9999"}, "piCode": {"value": "ter-peel"},
                 "insluitingsdatum": {"value": "2026-03-02"}, "voorlopigeHechtenis": {"value": false}}}""".formatted(detentieId));
        assertThat(handmatig.statusCode()).as(handmatig.body()).isEqualTo(400);
        assertThat(handmatig.body()).contains("'gemeenteCode'");

        HttpResponse<String> bericht = beheerder.post("/engine-rest/message", """
                {"messageName": "EersteDagsmelding", "businessKey": "%s", "processVariables": {
                 "detentieId": {"value": "%s"}, "bsn": {"value": "111222333"}, "achternaam": {"value": "Jansen"},
                 "voorletters": {"value": "P."}, "geboortedatum": {"value": "1990-05-17"}, "geslacht": {"value": "M"},
                 "gemeenteCode": {"value": "GM9999"}, "piCode": {"value": "ter-peel"},
                 "insluitingsdatum": {"value": "2026-03-02"}, "voorlopigeHechtenis": {"value": false}}}"""
                .formatted(detentieId, detentieId));
        assertThat(bericht.statusCode()).as(bericht.body()).isBetween(400, 403);
        assertThat(bericht.body()).contains("'gemeenteCode'");

        HttpResponse<String> zelfmelder = koppeling.als("gemeente-venlo").post("/engine-rest/process-definition/key/zelfmelder/submit-form", """
                {"variables": {"zelfmelderId": {"value": "ZM-FORM-GM9999"}, "bsn": {"value": "100000022"},
                 "achternaam": {"value": "de Vries"}, "voorletters": {"value": "K."}, "geboortedatum": {"value": "1985-02-11"},
                 "geslacht": {"value": "V"}, "gemeenteCode": {"value": "GM9999"},
                 "oproepdatum": {"value": "2099-01-15"}}}""");
        assertThat(zelfmelder.statusCode()).as(zelfmelder.body()).isEqualTo(400);
        assertThat(zelfmelder.body()).contains("'gemeenteCode'");

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(detentieId).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("ZM-FORM-GM9999").count()).isZero();
    }

    @Test
    void hetCbsBestandVervangtDeGemeenten() throws Exception {
        StringBuilder csv = new StringBuilder("Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam;ZvhRegio\n");
        for (Map<String, Object> g : gemeentenVoor) {
            String code = (String) g.get("code");
            if (code.equals("GM0060")) {
                continue; // a gemeente that merged away
            }
            String naam = code.equals("GM0363") ? "Amsterdam (nieuw, Fryslân-stijl)" : (String) g.get("naam");
            csv.append(code.substring(2)).append(';').append(code).append(';').append(naam).append(";;;;\n");
        }
        csv.append("1999;GM1999;Testgemeente;31;PV31;Limburg;zuid-limburg\n");

        assertThat(koppeling.post(IMPORT, csv.toString(), "text/csv").statusCode()).as("only beheer").isEqualTo(403);
        HttpResponse<String> antwoord = koppeling.als("beheerder").post(IMPORT, csv.toString(), "text/csv");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        JsonNode resultaat = JSON.readTree(antwoord.body());
        assertThat(resultaat.path("toegevoegd").asInt()).isOne();
        assertThat(resultaat.path("gewijzigd").asInt()).isOne();
        assertThat(resultaat.path("verwijderd").asInt()).isOne();

        assertThat(jdbc.queryForObject("select naam from gemeente where code = 'GM0363'", String.class)).isEqualTo("Amsterdam (nieuw, Fryslân-stijl)");
        assertThat(jdbc.queryForObject("select zvh_regio from gemeente where code = 'GM1999'", String.class)).isEqualTo("zuid-limburg");
        assertThat(jdbc.queryForObject("select count(*) from gemeente where code = 'GM0060'", Integer.class)).isZero();
        assertThat(identiteit.createGroupQuery().groupId("gemeente-GM1999").count()).isOne();
        assertThat(koppeling.post("/api/v1/detenties", melding(TestCasussen.nieuwDetentieId(), "GM1999", "sittard")).statusCode())
                .isEqualTo(201);
        weigert(koppeling.post("/api/v1/detenties", melding(TestCasussen.nieuwDetentieId(), "GM0060", "sittard")), "gemeenteCode");
    }

    @Test
    void eenFoutBestandVerandertNiets() throws Exception {
        List<Map<String, Object>> voor = jdbc.queryForList("select code, naam, zvh_regio, volgorde from gemeente order by code");
        String csv = """
                Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam
                0983;GM0983;Venlo (gewijzigd);31;PV31;Limburg
                1998;GM1998;Nieuwe gemeente zonder regio;31;PV31;Limburg
                12;Amsterdam;GM0363;27;PV27;Noord-Holland
                0983;GM0983;Venlo;31;PV31;Limburg
                """;
        HttpResponse<String> antwoord = koppeling.als("beheerder").post(IMPORT, csv, "text/csv");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        JsonNode probleem = JSON.readTree(antwoord.body());
        assertThat(probleem.path("invalidParams").findValuesAsText("name")).containsExactly("regel 3", "regel 4", "regel 5");
        assertThat(probleem.path("invalidParams").findValuesAsText("reason"))
                .anySatisfy(r -> assertThat(r).contains("GM1998", "ZvhRegio"))
                .anySatisfy(r -> assertThat(r).contains("geen CBS-gemeentecode"))
                .anySatisfy(r -> assertThat(r).contains("meer dan eens"));
        HttpResponse<String> zonderKolom = koppeling.als("beheerder").post(IMPORT, "Code;Naam\nGM0983;Venlo\n", "text/csv");
        assertThat(zonderKolom.statusCode()).isEqualTo(400);
        assertThat(zonderKolom.body()).contains("GemeentecodeGM");
        assertThat(jdbc.queryForList("select code, naam, zvh_regio, volgorde from gemeente order by code")).isEqualTo(voor);
        assertThat(identiteit.createGroupQuery().groupId("gemeente-GM1998").count()).isZero();
    }

    @Test
    void mailboxUitDeConfiguratieAndersUitDeTabel() {
        try {
            assertThatThrownBy(() -> adressen.regioMailbox("amsterdam-amstelland"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("nazorg.regios.amsterdam-amstelland.mailbox");
            jdbc.update("update zvh_regio set mailbox = 'nazorg@zvh-amsterdam.example.nl' where code = 'amsterdam-amstelland'");
            jdbc.update("update zvh_regio set mailbox = 'tabel@zvh-noord.example.nl' where code = 'noord-limburg'");
            jdbc.update("update pi set mailbox = 'nazorg@pi-vught.example.nl' where code = 'vught'");

            assertThat(adressen.regioMailbox("amsterdam-amstelland")).isEqualTo("nazorg@zvh-amsterdam.example.nl");
            assertThat(adressen.regioMailbox("noord-limburg")).as("configuration first").isEqualTo("nazorg@zvh-noord.example.nl");
            assertThat(adressen.piMailbox("vught")).isEqualTo("nazorg@pi-vught.example.nl");
            assertThat(adressen.piNaam("vught")).isEqualTo("PI Vught");
            assertThat(adressen.kentPi("vught")).isTrue();
            assertThat(adressen.kentPi("alcatraz")).isFalse();
        } finally {
            jdbc.update("update zvh_regio set mailbox = null");
            jdbc.update("update pi set mailbox = null");
        }
    }

    private static void weigert(HttpResponse<String> antwoord, String veld) throws Exception {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode probleem = JSON.readTree(antwoord.body());
        assertThat(probleem.path("invalidParams").findValuesAsText("name")).containsExactly(veld);
        assertThat(probleem.path("invalidParams").findValuesAsText("reason")).singleElement().asString().contains("geen bekende gemeente");
    }

    private static String melding(String detentieId, String gemeenteCode, String piCode) {
        return """
                {"detentieId": "%s", "bsn": "111222333", "achternaam": "Jansen", "voorletters": "P.",
                 "geboortedatum": "1990-05-17", "geslacht": "M", "gemeenteCode": "%s", "piCode": "%s",
                 "insluitingsdatum": "2026-11-02", "voorlopigeHechtenis": false}""".formatted(detentieId, gemeenteCode, piCode);
    }
}
