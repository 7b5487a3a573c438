package nl.nazorg.casus;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Assembles the overview of one case from the case table, its variables and its open tasks. */
@Component
public class CasusOverzichten {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * Only what the overview shows, read from history so that a running and an ended case are read alike. Nothing else
     * reads variables from history, and the history level keeps no other variable ({@code system/Historieniveau}).
     */
    public static final Set<String> HISTORISCH_GELEZEN = Stream.concat(
            Stream.of(NazorgVariabelen.ZVH_CLIENT, NazorgVariabelen.COMPLEXITEIT, NazorgVariabelen.ZELFMELDER),
            Arrays.stream(Termijn.values()).flatMap(t -> Stream.of(t.deadlineVariabele(), t.afgerondVariabele())))
            .collect(Collectors.toUnmodifiableSet());

    private final CasusRepository casussen;
    private final RuntimeService runtime;
    private final HistoryService historie;
    private final TaskService taken;

    public CasusOverzichten(CasusRepository casussen, RuntimeService runtime, HistoryService historie, TaskService taken) {
        this.casussen = casussen;
        this.runtime = runtime;
        this.historie = historie;
        this.taken = taken;
    }

    public Optional<CasusOverzicht> van(String detentieId) {
        return casussen.zoek(detentieId).map(this::overzicht);
    }

    private CasusOverzicht overzicht(Casus casus) {
        String pid = casus.processInstanceId();
        Map<String, Object> variabelen = new HashMap<>();
        for (HistoricVariableInstance variabele : historie.createHistoricVariableInstanceQuery().processInstanceId(pid)
                .variableNameIn(HISTORISCH_GELEZEN.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
            if (variabele.getActivityInstanceId() == null || variabele.getActivityInstanceId().equals(pid)) {
                variabelen.put(variabele.getName(), variabele.getValue());
            }
        }
        List<String> actief = actieveActiviteiten(pid);
        boolean lopend = actief != null;
        CasusOverzicht.Stap stap = lopend ? Processtap.van(actief).orElse(null) : Processtap.laatste();
        return new CasusOverzicht(casus.detentieId(), lopend ? "lopend" : "afgesloten", stap, casus.piCode(),
                casus.gemeenteCode(), casus.zvhRegio(), casus.insluitingsdatum(),
                (Boolean) variabelen.get(NazorgVariabelen.ZVH_CLIENT), (String) variabelen.get(NazorgVariabelen.COMPLEXITEIT),
                (Boolean) variabelen.get(NazorgVariabelen.ZELFMELDER), termijnen(variabelen),
                lopend ? openTaken(pid) : List.of());
    }

    /** The activities the case is in, or null when it has ended (also when it ends while this is read). */
    private List<String> actieveActiviteiten(String pid) {
        try {
            return runtime.createProcessInstanceQuery().processInstanceId(pid).count() == 0
                    ? null : runtime.getActiveActivityIds(pid);
        } catch (NullValueException beeindigd) {
            return null;
        }
    }

    private static List<CasusOverzicht.TermijnStand> termijnen(Map<String, Object> variabelen) {
        OffsetDateTime nu = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM);
        return Arrays.stream(Termijn.values()).map(termijn -> {
            OffsetDateTime deadline = tijdstip(variabelen.get(termijn.deadlineVariabele()));
            OffsetDateTime afgerond = tijdstip(variabelen.get(termijn.afgerondVariabele()));
            return new CasusOverzicht.TermijnStand(termijn.code(), deadline, afgerond, gehaald(deadline, afgerond, nu));
        }).toList();
    }

    private static Boolean gehaald(OffsetDateTime deadline, OffsetDateTime afgerond, OffsetDateTime nu) {
        if (deadline == null) {
            return null;
        }
        if (afgerond != null) {
            return !afgerond.isAfter(deadline);
        }
        return nu.isAfter(deadline) ? Boolean.FALSE : null;
    }

    private List<CasusOverzicht.OpenTaak> openTaken(String pid) {
        return taken.createTaskQuery().processInstanceId(pid).orderByTaskCreateTime().asc().list().stream()
                .map(this::openTaak)
                .toList();
    }

    private CasusOverzicht.OpenTaak openTaak(Task taak) {
        List<String> groepen = taken.getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .toList();
        return new CasusOverzicht.OpenTaak(taak.getTaskDefinitionKey(), taak.getName(), tijdstip(taak.getDueDate()),
                groepen, taak.getAssignee());
    }

    private static OffsetDateTime tijdstip(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof Date datum) {
            return OffsetDateTime.ofInstant(datum.toInstant(), AMSTERDAM);
        }
        return OffsetDateTime.parse(waarde.toString());
    }
}
