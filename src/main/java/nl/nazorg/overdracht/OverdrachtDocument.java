package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMGEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.VERWACHTE_UITSTROOMDATUM;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bijlage;
import nl.nazorg.partner.PdfOpmaak;
import nl.nazorg.identity.Partner;
import nl.nazorg.plan.Betrokkenheid;
import nl.nazorg.plan.CasusDocumentGegevens;
import nl.nazorg.plan.DocumentOpmaak;
import nl.nazorg.identity.GemeenteTabel;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The warm handover as a PDF for the receiving partners (template {@code templates/overdracht.html}). */
@Component
public class OverdrachtDocument {

    static final String SJABLOON = "overdracht";
    static final String OPEN_ACTIES = "openActies";
    static final String EERSTE_CONTACT = "eersteContactNaUitstroom";

    private final CasusDocumentGegevens gegevens;
    private final GemeenteTabel gemeenten;
    private final PdfOpmaak opmaak;

    public OverdrachtDocument(CasusDocumentGegevens gegevens, GemeenteTabel gemeenten, PdfOpmaak opmaak) {
        this.gegevens = gegevens;
        this.gemeenten = gemeenten;
        this.opmaak = opmaak;
    }

    public Overdracht gegevens(VariableScope scope) {
        ProcesVariabelen.verplichteTekst(scope, DETENTIE_ID);
        Set<Partner> aan = Betrokkenheid.aangevinkt(scope, Betrokkenheid.OVERDRAGEN_AAN);
        boolean reclassering = aan.contains(Partner.RECLASSERING);
        return new Overdracht(
                gegevens.kop(scope),
                aan.isEmpty() ? null : aan.stream().map(Partner::naam).collect(Collectors.joining(", ")),
                tekst(scope, OPEN_ACTIES),
                eersteContact(scope.getVariable(EERSTE_CONTACT)),
                uitstroom(scope),
                uitstroomgemeente(tekst(scope, UITSTROOMGEMEENTE_CODE)),
                reclassering,
                gegevens.acties(scope),
                gegevens.regievoerder(scope),
                gegevens.contactpersonen(scope, reclassering),
                DocumentOpmaak.datum(ClockUtil.getCurrentTime()));
    }

    public Bijlage pdf(Overdracht overdracht) {
        return Bijlage.pdf(bestandsnaam(overdracht.kop().detentieId()), opmaak.pdf(SJABLOON, Map.of("overdracht", overdracht)));
    }

    public static String bestandsnaam(String detentieId) {
        return "Overdracht-" + DocumentOpmaak.bestandsdeel(detentieId) + ".pdf";
    }

    /** The reported uitstroomdatum, else the expected one ("verwacht ..."), else null. */
    static String uitstroom(VariableScope scope) {
        String gemeld = DocumentOpmaak.datum(scope.getVariable(UITSTROOMDATUM));
        if (gemeld != null) {
            return gemeld;
        }
        String verwacht = DocumentOpmaak.datum(scope.getVariable(VERWACHTE_UITSTROOMDATUM));
        return verwacht == null ? null : "verwacht " + verwacht;
    }

    /** Roermond (GM0957); the code alone for a gemeente outside the table. */
    private String uitstroomgemeente(String code) {
        return code == null ? null : gemeenten.zoek(code).map(g -> g.naam() + " (" + code + ")").orElse(code);
    }

    /** The first contact may be a date (from a date field) or a free text ("dag van uitstroom, 10:00 bij het wijkteam"). */
    private static String eersteContact(Object waarde) {
        if (waarde == null || waarde.toString().isBlank()) {
            return null;
        }
        String tekst = waarde.toString().strip();
        return tekst.matches("\\d{4}-\\d{2}-\\d{2}.*") ? DocumentOpmaak.datum(waarde) : tekst;
    }

    private static String tekst(VariableScope scope, String naam) {
        String waarde = ProcesVariabelen.tekst(scope, naam);
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
