package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.ACTIELIJST;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.NIEUWE_ACTIES;
import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Objects;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Memo 4b: the revised D&R-plan takes effect. The new actions are added at the end of the case's actielijst as it is
 * now (open actions may have recorded their outcome while the revision waited for the MDO), each with its volgnummer
 * there; changed goals replace the old ones; {@value #PLANVERSIE} counts the versions, so the revised plan is shared
 * as a document of its own. The revision's scope keeps only the numbered new actions, one task each.
 */
@Component("herzienPlanVastleggenDelegate")
public class HerzienPlanVastleggenDelegate implements JavaDelegate {

    public static final String PLANVERSIE = "planversie";
    static final String PLAN_HERZIEN_OP = "planHerzienOp";

    private final ApplicationEventPublisher gebeurtenissen;

    public HerzienPlanVastleggenDelegate(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution herziening) {
        VariableScope casus = herziening.getProcessInstance();
        List<SpinJsonNode> nieuwe = Acties.lijst(herziening, NIEUWE_ACTIES);
        herziening.removeVariableLocal(ACTIELIJST);

        SpinJsonNode actielijst = JSON(Objects.toString(casus.getVariable(ACTIELIJST), "[]"));
        int eerste = actielijst.elements().size();
        SpinJsonNode genummerd = JSON("[]");
        for (int i = 0; i < nieuwe.size(); i++) {
            SpinJsonNode actie = nieuwe.get(i);
            actie.prop(Acties.VOLGNUMMER, eerste + i);
            actielijst.append(actie);
            genummerd.append(actie);
        }
        casus.setVariable(ACTIELIJST, SpinValues.jsonValue(actielijst.toString()).create());
        herziening.setVariableLocal(NIEUWE_ACTIES, SpinValues.jsonValue(genummerd.toString()).create());
        if (ProcesVariabelen.waar(herziening, PlanHerzieningListener.DOELEN_GEWIJZIGD)) {
            casus.setVariable(PlanHerzieningListener.DOELEN, herziening.getVariableLocal(PlanHerzieningListener.DOELEN));
        }
        Object versie = casus.getVariable(PLANVERSIE);
        casus.setVariable(PLANVERSIE, (versie instanceof Number n ? n.intValue() : 1) + 1);
        casus.setVariable(PLAN_HERZIEN_OP, Termijnen.vandaag().toString());

        gebeurtenissen.publishEvent(new Plangebeurtenissen.ActiesToegevoegd(
                ProcesVariabelen.verplichteTekst(herziening, DETENTIE_ID), eerste,
                nieuwe.stream().map(actie -> actie.hasProp("leefgebied") && actie.prop("leefgebied").isString()
                        ? actie.prop("leefgebied").stringValue() : null).toList()));
    }
}
