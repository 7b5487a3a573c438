package nl.nazorg.termijn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The memo's deadlines, counted from insluitingsdatum in Europe/Amsterdam. A deadline is the end of its
 * due day (23:59:59), so work done on that day is in time. Used by the model as bean {@code termijnen}.
 */
@Component("termijnen")
public class Termijnen {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int INTAKE_DAGEN = 14;
    static final int INFORMATIEBLAD_WERKDAGEN = 10;
    static final int PLAN_DAGEN = 28;
    /** No deadline of the memo lies later after insluiting than the D&R-plan's (ten working days come sooner). */
    public static final int LAATSTE_TERMIJN_DAGEN = PLAN_DAGEN;
    static final int OVERDRACHT_DAGEN_VOOR_UITSTROOM = 14;
    static final int CONTROLE_DAGEN_NA_UITSTROOM = 7;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Werkdagkalender werkdagen;
    private final ApplicationEventPublisher gebeurtenissen;

    public Termijnen(Werkdagkalender werkdagen, ApplicationEventPublisher gebeurtenissen) {
        this.werkdagen = werkdagen;
        this.gebeurtenissen = gebeurtenissen;
    }

    public Map<Termijn, LocalDate> vervaldagen(LocalDate insluitingsdatum) {
        Map<Termijn, LocalDate> dagen = new EnumMap<>(Termijn.class);
        dagen.put(Termijn.INTAKE, insluitingsdatum.plusDays(INTAKE_DAGEN));
        dagen.put(Termijn.INFORMATIEBLAD, werkdagen.werkdagenNa(insluitingsdatum, INFORMATIEBLAD_WERKDAGEN));
        dagen.put(Termijn.PLAN, insluitingsdatum.plusDays(PLAN_DAGEN));
        return dagen;
    }

    /** Sets the three deadline variables as ISO-8601 date-times with offset. */
    public void zetDeadlines(DelegateExecution execution, LocalDate insluitingsdatum) {
        vervaldagen(insluitingsdatum).forEach((termijn, dag) ->
                execution.setVariable(termijn.deadlineVariabele(), eindeVanDag(dag)));
    }

    /** The moment the handover must be prepared: 14 days before the expected release. */
    public String overdrachtMoment(Object verwachteUitstroomdatum) {
        LocalDate uitstroom = ProcesVariabelen.datum(verwachteUitstroomdatum, "verwachteUitstroomdatum");
        return beginVanDag(uitstroom.minusDays(OVERDRACHT_DAGEN_VOOR_UITSTROOM));
    }

    /** When no uit-detentiemelding came within 7 days after the expected release, someone must check. */
    public String uitstroomControle(Object verwachteUitstroomdatum) {
        LocalDate uitstroom = ProcesVariabelen.datum(verwachteUitstroomdatum, "verwachteUitstroomdatum");
        return eindeVanDag(uitstroom.plusDays(CONTROLE_DAGEN_NA_UITSTROOM));
    }

    /** Used by the model for the plan ({@code termijnen.markeerAfgerond(execution, 'plan')}). */
    public void markeerAfgerond(DelegateExecution execution, String termijnCode) {
        markeerAfgerond(execution, Termijn.vanCode(termijnCode));
    }

    public void markeerAfgerond(DelegateExecution execution, Termijn termijn) {
        execution.setVariable(termijn.afgerondVariabele(), nu());
        gebeurtenissen.publishEvent(new TermijnAfgerond(ProcesVariabelen.verplichteTekst(execution, NazorgVariabelen.DETENTIE_ID),
                termijn, vandaag()));
    }

    public static LocalDate vandaag() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM);
    }

    public static String nu() {
        return ISO.format(OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM));
    }

    public static String eindeVanDag(LocalDate dag) {
        return ISO.format(dag.atTime(LocalTime.of(23, 59, 59)).atZone(AMSTERDAM));
    }

    private static String beginVanDag(LocalDate dag) {
        return ISO.format(dag.atStartOfDay(AMSTERDAM));
    }
}
