package nl.nazorg.termijn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.Termijn;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Watches the termijnen of a case beside its work (bean {@code termijnbewaking}, sub-process Termijnbewaking of the
 * model): when to warn the group that must act, and whether a termijn is still open. A termijn no longer concerns
 * anyone once its work is done or the person has left detention.
 */
@Component("termijnbewaking")
public class Termijnbewaking {

    private final Werkdagkalender werkdagen;
    private final TermijnProperties instellingen;

    public Termijnbewaking(Werkdagkalender werkdagen, TermijnProperties instellingen) {
        this.werkdagen = werkdagen;
        this.instellingen = instellingen;
    }

    /** The codes of the termijnen set at the start of the case, one instance of the sub-process each. */
    public List<String> termijnen(VariableScope scope) {
        return Arrays.stream(Termijn.values())
                .filter(termijn -> scope.getVariable(termijn.deadlineVariabele()) != null)
                .map(Termijn::code)
                .toList();
    }

    /**
     * The start of the day the configured number of working days before the due day; now when that moment has
     * passed, so a case entered late is warned at once. Also the follow-up date of the termijn's tasks.
     */
    public String waarschuwingsmoment(String termijnCode, VariableScope scope) {
        return waarschuwingsmomentVoor(deadlineVan(Termijn.vanCode(termijnCode), scope)
                .atZoneSameInstant(Termijnen.AMSTERDAM).toLocalDate());
    }

    /** The warning moment for a due day: the start of the day the configured number of working days before it, or now. */
    public String waarschuwingsmomentVoor(LocalDate vervaldag) {
        return Termijnen.beginVanDagOfNu(werkdagen.werkdagenVoor(vervaldag, instellingen.waarschuwingWerkdagen()));
    }

    /** The deadline as set at the start (ISO date-time), for the timer of the overrun. */
    public String deadline(String termijnCode, VariableScope scope) {
        return ProcesVariabelen.verplichteTekst(scope, Termijn.vanCode(termijnCode).deadlineVariabele());
    }

    /**
     * Warn only while the work is open, the person is detained and the deadline is still ahead, and only for a termijn
     * longer than the warning: when the warning would fall on the day the detention began (bekendheid, 2 working days,
     * with the default of 2), the task itself is the notice and a mail the same moment would only be noise.
     */
    public boolean waarschuwen(String termijnCode, VariableScope scope) {
        Termijn termijn = Termijn.vanCode(termijnCode);
        return open(termijn, scope) && deadlineVan(termijn, scope).toInstant().isAfter(ClockUtil.getCurrentTime().toInstant())
                && langerDanDeWaarschuwing(termijn, scope);
    }

    private boolean langerDanDeWaarschuwing(Termijn termijn, VariableScope scope) {
        LocalDate vervaldag = deadlineVan(termijn, scope).atZoneSameInstant(Termijnen.AMSTERDAM).toLocalDate();
        LocalDate insluiting = ProcesVariabelen.verplichteDatum(scope, NazorgVariabelen.INSLUITINGSDATUM);
        return werkdagen.werkdagenVoor(vervaldag, instellingen.waarschuwingWerkdagen()).isAfter(insluiting);
    }

    /** Open while the work is not done and the person is still detained; at the deadline an open termijn is overrun. */
    public boolean open(String termijnCode, VariableScope scope) {
        return open(Termijn.vanCode(termijnCode), scope);
    }

    private static boolean open(Termijn termijn, VariableScope scope) {
        return scope.getVariable(termijn.afgerondVariabele()) == null
                && scope.getVariable(NazorgVariabelen.UITSTROOMDATUM) == null;
    }

    private static OffsetDateTime deadlineVan(Termijn termijn, VariableScope scope) {
        return OffsetDateTime.parse(ProcesVariabelen.verplichteTekst(scope, termijn.deadlineVariabele()));
    }
}
