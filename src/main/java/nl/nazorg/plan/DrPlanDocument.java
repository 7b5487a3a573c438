package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;

import java.util.Map;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bijlage;
import nl.nazorg.partner.PdfOpmaak;
import nl.nazorg.casus.Termijn;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The adopted D&R-plan as a PDF for the partners (template {@code templates/dr-plan.html}). */
@Component
public class DrPlanDocument {

    static final String SJABLOON = "dr-plan";

    private final CasusDocumentGegevens gegevens;
    private final PdfOpmaak opmaak;

    public DrPlanDocument(CasusDocumentGegevens gegevens, PdfOpmaak opmaak) {
        this.gegevens = gegevens;
        this.opmaak = opmaak;
    }

    /** What the plan shows, read from the case. */
    public DrPlan gegevens(VariableScope scope) {
        ProcesVariabelen.verplichteTekst(scope, DETENTIE_ID);
        return new DrPlan(
                gegevens.kop(scope),
                gegevens.leefgebieden(scope),
                gegevens.algemeneDoelen(scope),
                gegevens.acties(scope),
                gegevens.regievoerder(scope),
                gegevens.contactpersonen(scope, true),
                DocumentOpmaak.datum(scope.getVariable(Termijn.INTAKE.afgerondVariabele())),
                DocumentOpmaak.datum(scope.getVariable(Termijn.PLAN.afgerondVariabele())),
                ProcesVariabelen.tekst(scope, CasusDocumentGegevens.OPMERKINGEN_MDO),
                DocumentOpmaak.datum(ClockUtil.getCurrentTime()));
    }

    public Bijlage pdf(DrPlan plan) {
        return Bijlage.pdf(bestandsnaam(plan.kop().detentieId()), opmaak.pdf(SJABLOON, Map.of("plan", plan)));
    }

    public static String bestandsnaam(String detentieId) {
        return "DR-plan-" + DocumentOpmaak.bestandsdeel(detentieId) + ".pdf";
    }
}
