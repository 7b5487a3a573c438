package nl.nazorg.plan;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.PdfOpmaak;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Process variables without an engine, and the document classes wired as the application wires them. */
public final class TestVariabelen {

    public static final String BSN = "111222333";

    private TestVariabelen() {
    }

    /** A VariableScope that only answers getVariable and getVariables, from the map. */
    public static VariableScope scope(Map<String, Object> variabelen) {
        Map<String, Object> kopie = new HashMap<>(variabelen);
        return (VariableScope) Proxy.newProxyInstance(TestVariabelen.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, methode, argumenten) -> switch (methode.getName()) {
                    case "getVariable" -> kopie.get((String) argumenten[0]);
                    case "hasVariable" -> kopie.containsKey((String) argumenten[0]);
                    case "getVariables" -> new HashMap<>(kopie);
                    case "toString" -> "TestVariabelen" + kopie.keySet();
                    default -> throw new UnsupportedOperationException(methode.getName());
                });
    }

    /** The addresses of application.yaml, for the PIs, regions and gemeenten the tests use. */
    public static PartnerAdressen adressen() {
        return new PartnerAdressen(
                Map.of("ter-peel", new PartnerAdressen.Pi("PI Ter Peel", "nazorg.terpeel@pi.example.nl")),
                Map.of("noord-limburg", new PartnerAdressen.Regio("nazorg@zvh-noord.example.nl"),
                        "midden-limburg", new PartnerAdressen.Regio("nazorg@zvh-midden.example.nl")),
                new PartnerAdressen.Postbus("nazorg@reclassering.example.nl"),
                Map.of("GM0983", new PartnerAdressen.Postbus("nazorg@venlo.example.nl")));
    }

    public static CasusDocumentGegevens gegevens() {
        Acties acties = new Acties();
        return new CasusDocumentGegevens(adressen(), new Groepen(acties), acties);
    }

    private static PdfOpmaak opmaak;

    public static synchronized PdfOpmaak opmaak() {
        if (opmaak == null) {
            opmaak = new PdfOpmaak();
        }
        return opmaak;
    }

    /** A case at the moment the MDO adopted its plan: a ZVH client in Venlo, detained in PI Ter Peel. */
    public static Map<String, Object> vastgesteldPlan() {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("detentieId", "DET-2026-0042");
        variabelen.put("bsn", BSN);
        variabelen.put("geboortedatum", "1990-05-17");
        variabelen.put("voorletters", "Ş.");
        variabelen.put("achternaam", "Kılıç-Wiśniewski");
        variabelen.put("geslacht", "M");
        variabelen.put("gemeenteCode", "GM0983");
        variabelen.put("gemeenteNaam", "Venlo");
        variabelen.put("piCode", "ter-peel");
        variabelen.put("insluitingsdatum", "2026-03-02");
        variabelen.put("zvhRegio", "noord-limburg");
        variabelen.put("zvhClient", true);
        variabelen.put("procesregisseur", "R. de Regisseur");
        variabelen.put("leefgebieden", java.util.List.of("huisvesting", "schulden"));
        variabelen.put("hulpvraagHuisvesting", true);
        variabelen.put("hulpvraagSchulden", true);
        variabelen.put("notitieHuisvesting", "Geen vaste woonplek;\nslaapt bij zijn broer");
        variabelen.put("notitieSchulden", "Schulden bij CJIB & zorgverzekeraar");
        variabelen.put("intakeAfgerondOp", "2026-03-12T10:15:00+01:00");
        variabelen.put("planVastgesteldOp", "2026-03-27T14:00:00+01:00");
        variabelen.put("doelen", """
                {"huisvesting": "Woning bij uitstroom", "schulden": "Schuldhulpverlening is gestart", "zorg": "Huisarts in Venlo"}""");
        variabelen.put("actielijst", """
                [{"omschrijving": "Woning zoeken via woningcorporatie", "leefgebied": "huisvesting", "partij": "gemeente", "streefdatum": "2026-04-30"},
                 {"omschrijving": "Aanmelden bij schuldhulp <Plangroep> & budgetcoach", "leefgebied": "schulden", "partij": "reclassering", "streefdatum": "2026-05-01"},
                 {"omschrijving": "ID-kaart aanvragen", "leefgebied": "id-bewijs", "partij": "casemanager"}]""");
        variabelen.put("opmerkingenMdo", "Huisvesting heeft voorrang.");
        return variabelen;
    }
}
