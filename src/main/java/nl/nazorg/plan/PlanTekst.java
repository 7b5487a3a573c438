package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;

import java.util.List;
import java.util.stream.Collectors;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.Groepen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** The D&R-plan as plain Dutch text: who, which leefgebieden, and the actielijst. */
@Component
public class PlanTekst {

    private final Acties acties;
    private final Groepen groepen;

    public PlanTekst(Acties acties, Groepen groepen) {
        this.acties = acties;
        this.groepen = groepen;
    }

    public String van(DelegateExecution execution) {
        String actielijst = acties.lijst(execution).stream()
                .map(PlanTekst::actieRegel)
                .collect(Collectors.joining("\n"));
        return """
                D&R-plan detentie %s
                Gedetineerde: %s %s
                Regievoerder: %s
                Leefgebieden met hulpvraag: %s
                Actielijst:
                %s""".formatted(ProcesVariabelen.tekst(execution, DETENTIE_ID),
                ProcesVariabelen.tekst(execution, VOORLETTERS), ProcesVariabelen.tekst(execution, ACHTERNAAM),
                groepen.regievoerder(execution), leefgebieden(execution),
                actielijst.isEmpty() ? "- geen acties" : actielijst);
    }

    private static String leefgebieden(DelegateExecution execution) {
        Object waarde = execution.getVariable("leefgebieden");
        return waarde == null ? "geen" : String.join(", ", ((List<?>) waarde).stream().map(Object::toString).toList());
    }

    private static String actieRegel(SpinJsonNode actie) {
        return "- %s (leefgebied %s, partij %s, streefdatum %s)".formatted(
                tekst(actie, "omschrijving"), tekst(actie, "leefgebied"), tekst(actie, "partij"), tekst(actie, "streefdatum"));
    }

    private static String tekst(SpinJsonNode actie, String veld) {
        return actie.hasProp(veld) && !actie.prop(veld).isNull() ? actie.prop(veld).stringValue() : "-";
    }
}
