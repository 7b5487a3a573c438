package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_NAAM;
import static nl.nazorg.casus.NazorgVariabelen.INSLUITINGSDATUM;
import static nl.nazorg.casus.NazorgVariabelen.LEEFGEBIEDEN;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.PROCESREGISSEUR;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;
import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nazorg.beeldvorming.Leefgebied;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.PartnerAdressen;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Reads from the case what the documents for partners show: the head, the leefgebieden with goals, the actielijst
 * and the contacts. It never reads the bsn or the geboortedatum.
 */
@Component
public class CasusDocumentGegevens {

    /** Goals per leefgebied, set while drawing up the plan: an object {leefgebied: doel}, a list, or plain text. */
    public static final String DOELEN = "doelen";
    public static final String OPMERKINGEN_MDO = "opmerkingenMdo";

    private final PartnerAdressen adressen;
    private final Groepen groepen;
    private final Acties acties;

    public CasusDocumentGegevens(PartnerAdressen adressen, Groepen groepen, Acties acties) {
        this.adressen = adressen;
        this.groepen = groepen;
        this.acties = acties;
    }

    public Casuskop kop(VariableScope scope) {
        String naam = String.join(" ", nietLeeg(ProcesVariabelen.tekst(scope, VOORLETTERS)),
                nietLeeg(ProcesVariabelen.tekst(scope, ACHTERNAAM))).trim();
        String gemeenteCode = ProcesVariabelen.tekst(scope, GEMEENTE_CODE);
        String gemeenteNaam = ProcesVariabelen.tekst(scope, GEMEENTE_NAAM);
        String gemeente = gemeenteNaam == null || gemeenteNaam.isBlank() ? gemeenteCode
                : gemeenteCode == null ? gemeenteNaam : gemeenteNaam + " (" + gemeenteCode + ")";
        String piCode = ProcesVariabelen.tekst(scope, PI_CODE);
        return new Casuskop(naam.isEmpty() ? null : naam, ProcesVariabelen.tekst(scope, DETENTIE_ID),
                piCode == null ? null : adressen.piNaam(piCode), gemeente,
                DocumentOpmaak.datum(scope.getVariable(INSLUITINGSDATUM)));
    }

    /** The actielijst in the order of the plan. */
    public List<Actieregel> acties(VariableScope scope) {
        return acties.lijst(scope).stream().map(CasusDocumentGegevens::actieregel).toList();
    }

    /** The leefgebieden with a hulpvraag, a note or a goal, in the order of the screening, then other goals. */
    public List<LeefgebiedDoel> leefgebieden(VariableScope scope) {
        Set<String> metHulpvraag = leefgebiedenMetHulpvraag(scope);
        Map<String, String> doelen = new LinkedHashMap<>(doelenPerLeefgebied(scope.getVariable(DOELEN)));
        List<LeefgebiedDoel> regels = new ArrayList<>();
        for (Leefgebied leefgebied : Leefgebied.values()) {
            boolean hulpvraag = metHulpvraag.contains(leefgebied.code()) || ProcesVariabelen.waar(scope, leefgebied.hulpvraagVeld());
            String notitie = gevuld(ProcesVariabelen.tekst(scope, leefgebied.notitieVeld()));
            String doel = doelen.remove(leefgebied.code());
            if (hulpvraag || notitie != null || doel != null) {
                regels.add(new LeefgebiedDoel(DocumentOpmaak.leefgebied(leefgebied.code()), hulpvraag, notitie, doel));
            }
        }
        doelen.forEach((code, doel) -> regels.add(new LeefgebiedDoel(DocumentOpmaak.leefgebied(code), false, null, doel)));
        return regels;
    }

    /** Goals written as plain text rather than per leefgebied, or null. */
    public String algemeneDoelen(VariableScope scope) {
        Object doelen = scope.getVariable(DOELEN);
        if (doelen instanceof String tekst && !isJson(tekst)) {
            return gevuld(tekst);
        }
        return null;
    }

    /**
     * The regievoerder (memo: procesregisseur ZVH for a ZVH client, else the coördinator nazorg), with the name of the
     * procesregisseur when the ZVH register knows one, and the ZVH mailbox of the region.
     */
    public Contactpersoon regievoerder(VariableScope scope) {
        String groep = groepen.regievoerder(scope);
        String regio = DocumentOpmaak.regio(ProcesVariabelen.tekst(scope, ZVH_REGIO));
        String mailbox = regioMailbox(ProcesVariabelen.tekst(scope, ZVH_REGIO));
        if (groep.startsWith("procesregisseur-")) {
            String naam = gevuld(ProcesVariabelen.tekst(scope, PROCESREGISSEUR));
            String functie = "procesregisseur ZVH " + regio;
            return new Contactpersoon("Regievoerder", naam == null ? "Procesregisseur ZVH " + regio : naam + ", " + functie, mailbox);
        }
        return new Contactpersoon("Regievoerder", "Coördinator nazorg ZVH " + regio, mailbox);
    }

    /** Casemanager PI, regievoerder, gemeente and (when involved) reclassering, with their mailboxes. */
    public List<Contactpersoon> contactpersonen(VariableScope scope, boolean metReclassering) {
        List<Contactpersoon> contacten = new ArrayList<>();
        String piCode = ProcesVariabelen.tekst(scope, PI_CODE);
        if (piCode != null) {
            PartnerAdressen.Pi pi = adressen.pis().get(piCode);
            contacten.add(new Contactpersoon("Casemanager PI", "Casemanager " + adressen.piNaam(piCode),
                    pi == null ? null : gevuld(pi.mailbox())));
        }
        contacten.add(regievoerder(scope));
        String gemeenteCode = ProcesVariabelen.tekst(scope, GEMEENTE_CODE);
        if (gemeenteCode != null) {
            String naam = gevuld(ProcesVariabelen.tekst(scope, GEMEENTE_NAAM));
            contacten.add(new Contactpersoon("Gemeente", "Gemeente " + (naam == null ? gemeenteCode : naam),
                    adressen.gemeenteMailbox(gemeenteCode).orElse(null)));
        }
        if (metReclassering) {
            String mailbox = gevuld(adressen.reclassering().mailbox());
            contacten.add(new Contactpersoon("Reclassering", "Reclassering Nederland", mailbox));
        }
        return contacten;
    }

    private String regioMailbox(String zvhRegio) {
        PartnerAdressen.Regio regio = zvhRegio == null ? null : adressen.regios().get(zvhRegio);
        return regio == null ? null : gevuld(regio.mailbox());
    }

    private static Actieregel actieregel(SpinJsonNode actie) {
        String uitgevoerd = veld(actie, "uitgevoerd");
        String toelichting = veld(actie, "toelichting");
        return new Actieregel(veld(actie, "omschrijving"), DocumentOpmaak.leefgebied(veld(actie, "leefgebied")),
                DocumentOpmaak.partij(veld(actie, "partij")), DocumentOpmaak.datum(veld(actie, "streefdatum")),
                uitgevoerd == null ? null : Boolean.parseBoolean(uitgevoerd) ? "ja" : "nee",
                toelichting == null ? veld(actie, "notitie") : toelichting);
    }

    private static Set<String> leefgebiedenMetHulpvraag(VariableScope scope) {
        Set<String> codes = new LinkedHashSet<>();
        Object waarde = scope.getVariable(LEEFGEBIEDEN);
        if (waarde instanceof Collection<?> lijst) {
            lijst.forEach(code -> codes.add(DocumentOpmaak.leefgebiedCode(code.toString())));
        } else if (waarde != null) {
            SpinJsonNode node = waarde instanceof SpinJsonNode json ? json : JSON(waarde.toString());
            if (node.isArray()) {
                node.elements().forEach(code -> codes.add(DocumentOpmaak.leefgebiedCode(code.stringValue())));
            }
        }
        return codes;
    }

    private static Map<String, String> doelenPerLeefgebied(Object doelen) {
        Map<String, String> perLeefgebied = new LinkedHashMap<>();
        if (doelen == null) {
            return perLeefgebied;
        }
        if (doelen instanceof Map<?, ?> map) {
            map.forEach((leefgebied, doel) -> voegToe(perLeefgebied, String.valueOf(leefgebied), doel == null ? null : doel.toString()));
            return perLeefgebied;
        }
        SpinJsonNode node;
        if (doelen instanceof SpinJsonNode json) {
            node = json;
        } else if (doelen instanceof String tekst && isJson(tekst)) {
            node = JSON(tekst);
        } else {
            return perLeefgebied;
        }
        if (node.isObject()) {
            for (String leefgebied : node.fieldNames()) {
                SpinJsonNode doel = node.prop(leefgebied);
                voegToe(perLeefgebied, leefgebied, doel.isNull() ? null : doel.isValue() ? doel.stringValue() : doel.toString());
            }
        } else if (node.isArray()) {
            for (SpinJsonNode element : node.elements()) {
                if (element.isObject()) {
                    String doel = veld(element, "doel");
                    voegToe(perLeefgebied, veld(element, "leefgebied"), doel == null ? veld(element, "omschrijving") : doel);
                }
            }
        }
        return perLeefgebied;
    }

    private static void voegToe(Map<String, String> doelen, String leefgebied, String doel) {
        if (leefgebied == null || gevuld(doel) == null) {
            return;
        }
        doelen.merge(DocumentOpmaak.leefgebiedCode(leefgebied), doel.trim(), (eerste, tweede) -> eerste + "\n" + tweede);
    }

    private static String veld(SpinJsonNode node, String naam) {
        if (!node.hasProp(naam) || node.prop(naam).isNull()) {
            return null;
        }
        SpinJsonNode waarde = node.prop(naam);
        return gevuld(waarde.isValue() ? String.valueOf(waarde.value()) : waarde.toString());
    }

    private static boolean isJson(String tekst) {
        String begin = tekst.strip();
        return begin.startsWith("{") || begin.startsWith("[");
    }

    private static String gevuld(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static String nietLeeg(String tekst) {
        return tekst == null ? "" : tekst.trim();
    }
}
