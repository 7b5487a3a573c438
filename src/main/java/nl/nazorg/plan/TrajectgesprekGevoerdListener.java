package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.ZVH_CLIENT;
import static org.camunda.spin.Spin.JSON;

import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Memo 4b: a trajectgesprek was held. Its verslag, and whether it scaled the case down or asked to revise the plan, is
 * added to the case's list {@value #TRAJECTGESPREKKEN} (the task's own fields are local and end with the task), so the
 * next talk and the plan revision can read what was agreed. Scaling down needs a ZVH client and a
 * reason; otherwise the completion is refused with the field's name.
 */
@Component("trajectgesprekGevoerdListener")
public class TrajectgesprekGevoerdListener implements TaskListener {

    public static final String TRAJECTGESPREKKEN = "trajectgesprekken";
    static final String VERSLAG = "verslagTrajectgesprek";
    static final String AFSCHALEN = "afschalen";
    static final String REDEN_AFSCHALING = "redenAfschaling";
    static final String PLAN_HERZIEN = "planHerzien";

    @Override
    public void notify(DelegateTask taak) {
        String verslag = ProcesVariabelen.tekst(taak, VERSLAG);
        if (verslag == null || verslag.isBlank()) {
            throw new OngeldigeProcesinvoerException("Veld '" + VERSLAG + "' ontbreekt");
        }
        boolean afschalen = ProcesVariabelen.waar(taak, AFSCHALEN);
        String reden = ProcesVariabelen.tekst(taak, REDEN_AFSCHALING);
        if (afschalen && !ProcesVariabelen.waar(taak, ZVH_CLIENT)) {
            throw new OngeldigeProcesinvoerException("Veld '" + AFSCHALEN + "': de casus is geen ZVH-cliënt en kan niet "
                    + "worden afgeschaald");
        }
        if (afschalen && (reden == null || reden.isBlank())) {
            throw new OngeldigeProcesinvoerException("Veld '" + REDEN_AFSCHALING + "' ontbreekt: waarom is de regie van "
                    + "het ZVH niet meer nodig?");
        }
        Object eerder = taak.getVariable(TRAJECTGESPREKKEN);
        SpinJsonNode lijst = eerder == null ? JSON("[]") : JSON(eerder);
        SpinJsonNode gesprek = JSON("{}");
        gesprek.prop("datum", Termijnen.vandaag().toString());
        gesprek.prop("verslag", verslag.strip());
        gesprek.prop("afgeschaald", afschalen);
        if (afschalen) {
            gesprek.prop(REDEN_AFSCHALING, reden.strip());
        }
        gesprek.prop(PLAN_HERZIEN, ProcesVariabelen.waar(taak, PLAN_HERZIEN));
        lijst.append(gesprek);
        taak.getExecution().getProcessInstance()
                .setVariable(TRAJECTGESPREKKEN, SpinValues.jsonValue(lijst.toString()).create());
    }
}
