package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.ACTIELIJST;
import static nl.nazorg.casus.NazorgVariabelen.NIEUWE_ACTIES;
import static org.camunda.spin.Spin.JSON;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.nazorg.beeldvorming.Leefgebied;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.ActiePartij;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Memo 4b: the casemanager revised the adopted D&R-plan. The revision lives in its own scope (sub-process "D&R-plan
 * herzien") until it is adopted: the revised {@code doelen} and the {@code nieuweActies}. This listener checks the new
 * actions field by field, requires a change, records whether the goals changed ({@value #DOELEN_GEWIJZIGD}: then the
 * MDO adopts the plan again) and shows the MDO the whole revised actielijst in that scope. Nothing of the case's plan
 * changes here; that is {@link HerzienPlanVastleggenDelegate}.
 */
@Component("planHerzieningListener")
public class PlanHerzieningListener implements TaskListener {

    static final String DOELEN = "doelen";
    static final String DOELEN_GEWIJZIGD = "doelenGewijzigd";
    private static final int MAX_OMSCHRIJVING = 500;

    @Override
    public void notify(DelegateTask taak) {
        DelegateExecution herziening = taak.getExecution();
        List<SpinJsonNode> nieuwe = Acties.lijst(herziening, NIEUWE_ACTIES);
        for (int i = 0; i < nieuwe.size(); i++) {
            controleer(nieuwe.get(i), i + 1);
        }
        String doelen = ProcesVariabelen.tekst(herziening, DOELEN);
        if (doelen == null || doelen.isBlank()) {
            throw new OngeldigeProcesinvoerException("Veld '" + DOELEN + "' ontbreekt");
        }
        boolean doelenGewijzigd = !Objects.equals(doelen.strip(),
                Objects.toString(herziening.getProcessInstance().getVariable(DOELEN), "").strip());
        if (!doelenGewijzigd && nieuwe.isEmpty()) {
            throw new OngeldigeProcesinvoerException("Veld '" + NIEUWE_ACTIES + "': voeg een actie toe of wijzig de "
                    + "doelen; zonder wijziging is er niets te herzien");
        }
        herziening.setVariableLocal(DOELEN_GEWIJZIGD, doelenGewijzigd);
        SpinJsonNode herzien = JSON(Objects.toString(herziening.getProcessInstance().getVariable(ACTIELIJST), "[]"));
        nieuwe.forEach(herzien::append);
        herziening.setVariableLocal(ACTIELIJST, SpinValues.jsonValue(herzien.toString()).create());
    }

    private static void controleer(SpinJsonNode actie, int nummer) {
        String omschrijving = tekst(actie, "omschrijving");
        if (omschrijving == null || omschrijving.isBlank() || omschrijving.length() > MAX_OMSCHRIJVING) {
            throw fout("omschrijving", nummer, "ontbreekt of is langer dan " + MAX_OMSCHRIJVING + " tekens");
        }
        String leefgebied = tekst(actie, "leefgebied");
        if (Arrays.stream(Leefgebied.values()).noneMatch(l -> l.code().equals(leefgebied))) {
            throw fout("leefgebied", nummer, "is geen bekend leefgebied");
        }
        String partij = tekst(actie, "partij");
        if (partij == null || Arrays.stream(ActiePartij.Partij.values())
                .noneMatch(p -> p.name().toLowerCase(Locale.ROOT).equals(partij))) {
            throw fout("partij", nummer, "is geen bekende partij");
        }
        ProcesVariabelen.datum(tekst(actie, "streefdatum"), NIEUWE_ACTIES + ".streefdatum");
    }

    private static String tekst(SpinJsonNode actie, String naam) {
        return actie.hasProp(naam) && actie.prop(naam).isString() ? actie.prop(naam).stringValue() : null;
    }

    private static OngeldigeProcesinvoerException fout(String veld, int nummer, String reden) {
        return new OngeldigeProcesinvoerException("Veld '" + NIEUWE_ACTIES + "." + veld + "' van nieuwe actie " + nummer
                + " " + reden);
    }
}
