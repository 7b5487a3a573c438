package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.ACTIE;
import static nl.nazorg.casus.NazorgVariabelen.ACTIELIJST;
import static nl.nazorg.casus.NazorgVariabelen.NIEUWE_ACTIES;
import static org.camunda.spin.Spin.JSON;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.ActiePartij;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The actielijst of the D&R-plan (bean {@code acties} in the model): a JSON array of actions with
 * omschrijving, leefgebied, partij and streefdatum, as the Camunda Form submits it.
 */
@Component("acties")
public class Acties implements ActiePartij {

    static final String VOLGNUMMER = "volgnummer";

    /** The actions to carry out, one task each; none when the plan has no actielijst. */
    public List<SpinJsonNode> lijst(VariableScope scope) {
        return lijst(scope, ACTIELIJST);
    }

    /** The actions a plan revision added, one task each beside the ones still open; each knows its volgnummer. */
    public List<SpinJsonNode> nieuwe(VariableScope scope) {
        return lijst(scope, NIEUWE_ACTIES);
    }

    static List<SpinJsonNode> lijst(VariableScope scope, String naam) {
        Object waarde = scope.getVariable(naam);
        if (waarde == null) {
            return List.of();
        }
        SpinJsonNode lijst = JSON(waarde);
        if (!lijst.isArray()) {
            throw new OngeldigeProcesinvoerException("Veld '" + naam + "' is geen lijst");
        }
        return lijst.elements();
    }

    /**
     * The current action's place in the actielijst: its own {@code volgnummer} when a plan revision added it, else the
     * place of its task in the multi-instance over the adopted actielijst.
     */
    public static int volgnummer(DelegateTask taak) {
        Object actie = taak.getVariable(ACTIE);
        if (actie != null) {
            SpinJsonNode node = JSON(actie);
            if (node.hasProp(VOLGNUMMER) && node.prop(VOLGNUMMER).isNumber()) {
                return node.prop(VOLGNUMMER).numberValue().intValue();
            }
        }
        Object volgnummer = taak.getExecution().getVariable("loopCounter");
        return volgnummer instanceof Number nummer ? nummer.intValue() : -1;
    }

    @Override
    public Partij partij(VariableScope scope) {
        String partij = veld(scope, "partij");
        if (partij == null) {
            throw new OngeldigeProcesinvoerException("Veld 'partij' van een actie ontbreekt");
        }
        try {
            return Partij.valueOf(partij.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new OngeldigeProcesinvoerException("Veld 'partij' van een actie is geen bekende partij");
        }
    }

    /** Due date of the current action's task: the end of its streefdatum, or none. */
    public String streefdatum(VariableScope scope) {
        LocalDate streefdatum = ProcesVariabelen.datum(veld(scope, "streefdatum"), "streefdatum");
        return streefdatum == null ? null : Termijnen.eindeVanDag(streefdatum);
    }

    /**
     * Records on the action in the actielijst whether it was carried out and the note ({@code uitgevoerd},
     * {@code toelichting}, the variables of the action's own task), so that the handover shows them. Its place in the list is
     * its {@link #volgnummer}.
     */
    public void legUitvoeringVast(DelegateTask taak) {
        int volgnummer = volgnummer(taak);
        SpinJsonNode lijst = JSON(String.valueOf(taak.getVariable(ACTIELIJST)));
        if (volgnummer < 0 || volgnummer >= lijst.elements().size()) {
            return;
        }
        SpinJsonNode actie = lijst.elements().get(volgnummer);
        Object uitgevoerd = taak.getVariable("uitgevoerd");
        Object toelichting = taak.getVariable("toelichting");
        if (uitgevoerd instanceof Boolean waar) {
            actie.prop("uitgevoerd", waar);
        }
        if (toelichting instanceof String tekst && !tekst.isBlank()) {
            actie.prop("toelichting", tekst.strip());
        }
        taak.getExecution().setVariable(ACTIELIJST, SpinValues.jsonValue(lijst.toString()).create());
    }

    private static String veld(VariableScope scope, String naam) {
        Object actie = scope.getVariable(ACTIE);
        if (actie == null) {
            return null;
        }
        SpinJsonNode node = JSON(actie);
        return node.hasProp(naam) && !node.prop(naam).isNull() ? node.prop(naam).stringValue() : null;
    }
}
