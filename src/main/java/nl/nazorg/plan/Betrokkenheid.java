package nl.nazorg.plan;

import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMGEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;
import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.ActiePartij;
import nl.nazorg.identity.CasusAutorisaties;
import nl.nazorg.identity.Partner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which partners are involved in a case: those the regievoerder named in 1f ({@code betrokkenPartijen}), the partij
 * of every action of the D&R-plan, and those the handover goes to ({@code overdragenAan}). Involvement decides who
 * gets the plan and the handover, and whose group reads the case: after every completed task of a case the read
 * rights follow the involvement as it is then, so a partner taken off (an action removed from the concept plan, a
 * partner unticked) loses it. A checklist value that names no partner is ignored.
 */
@Component
public class Betrokkenheid {

    public static final String BETROKKEN_PARTIJEN = "betrokkenPartijen";
    public static final String OVERDRAGEN_AAN = "overdragenAan";

    private final Acties acties;
    private final CasusAutorisaties autorisaties;

    public Betrokkenheid(Acties acties, CasusAutorisaties autorisaties) {
        this.acties = acties;
        this.autorisaties = autorisaties;
    }

    /** The partners ticked in a checklist field ({@link #BETROKKEN_PARTIJEN}, {@link #OVERDRAGEN_AAN}). */
    public static Set<Partner> aangevinkt(VariableScope scope, String veld) {
        Set<Partner> partners = EnumSet.noneOf(Partner.class);
        codes(scope.getVariable(veld)).forEach(code -> Partner.vanCode(code).ifPresent(partners::add));
        return partners;
    }

    /** The partners that carry out an action of the plan; with {@code alleenOpen}, an action not yet carried out. */
    public Set<Partner> vanActies(VariableScope scope, boolean alleenOpen) {
        Set<Partner> partners = EnumSet.noneOf(Partner.class);
        for (SpinJsonNode actie : acties.lijst(scope)) {
            if (!alleenOpen || !isUitgevoerd(actie)) {
                partij(actie).flatMap(Partner::vanActie).ifPresent(partners::add);
            }
        }
        return partners;
    }

    /** Those the plan concerns: named in 1f, or partij of an action. */
    public Set<Partner> bijPlan(VariableScope scope) {
        Set<Partner> partners = aangevinkt(scope, BETROKKEN_PARTIJEN);
        partners.addAll(vanActies(scope, false));
        return partners;
    }

    /** Everyone involved now: named in 1f, partij of an action, or receiving the handover. */
    public Set<Partner> betrokken(VariableScope scope) {
        Set<Partner> partners = bijPlan(scope);
        partners.addAll(aangevinkt(scope, OVERDRAGEN_AAN));
        return partners;
    }

    /** The handover's receivers before the casemanager chooses: those the plan concerns, as the checklist's value. */
    public JsonValue voorOverdracht(VariableScope scope) {
        return SpinValues.jsonValue(bijPlan(scope).stream().map(p -> "\"" + p.code() + "\"")
                .collect(Collectors.joining(",", "[", "]"))).create();
    }

    /** Camunda's Spring event bridge publishes every task event (camunda.bpm.eventing.task, on by default). */
    @EventListener(condition = "#taak.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void naTaak(DelegateTask taak) {
        if (taak.getProcessDefinitionId() == null || !taak.getProcessDefinitionId().startsWith("nazorg:")) {
            return;
        }
        String zvhRegio = ProcesVariabelen.tekst(taak, ZVH_REGIO);
        if (zvhRegio == null) {
            return;
        }
        List<String> gemeenten = new ArrayList<>();
        gemeenten.add(ProcesVariabelen.tekst(taak, GEMEENTE_CODE));
        String uitstroomgemeente = ProcesVariabelen.tekst(taak, UITSTROOMGEMEENTE_CODE);
        if (uitstroomgemeente != null && !uitstroomgemeente.isBlank()) {
            gemeenten.add(uitstroomgemeente);
        }
        autorisaties.bijBetrokkenheid(taak.getProcessInstanceId(), zvhRegio, gemeenten, betrokken(taak));
    }

    private static Optional<ActiePartij.Partij> partij(SpinJsonNode actie) {
        if (!actie.hasProp("partij") || !actie.prop("partij").isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ActiePartij.Partij.valueOf(actie.prop("partij").stringValue().trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isUitgevoerd(SpinJsonNode actie) {
        return actie.hasProp("uitgevoerd") && actie.prop("uitgevoerd").isBoolean() && actie.prop("uitgevoerd").boolValue();
    }

    /** A checklist's value: JSON as Tasklist submits it (a list of strings), or a Java collection of them. */
    private static List<String> codes(Object waarde) {
        if (waarde == null) {
            return List.of();
        }
        if (waarde instanceof Collection<?> lijst) {
            return lijst.stream().map(String::valueOf).toList();
        }
        SpinJsonNode node;
        try {
            node = JSON(waarde);
        } catch (RuntimeException e) {
            return List.of();
        }
        return node.isArray() ? node.elements().stream().filter(SpinJsonNode::isString).map(SpinJsonNode::stringValue).toList()
                : List.of();
    }
}
