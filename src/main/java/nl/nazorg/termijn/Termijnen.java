package nl.nazorg.termijn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.Termijn;
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
    /*
     * Due dates of the tasks for which the memo names no deadline (issue 19). Counted from insluitingsdatum like the
     * memo's own, so a case entered late shows at once which work is already behind; where a task only exists after
     * an event (trajectgesprek, uitstroom controleren, warme overdracht after release), from that event. Steps 1c, 1e
     * and 1f have termijnen of their own, in working days from TermijnProperties.
     */
    /** 2d: the concept plan is drafted in week 3 or 4 (3b); the conversation and any opschaling come before it. */
    static final int COMPLEXE_CASUS_DAGEN = 21;
    /** 4b: the trajectgesprek appears when the six weeks are over and is held in the week after. */
    static final int TRAJECTGESPREK_WERKDAGEN = 5;
    /** 5a after release and 5b: the person is out; the partners need the handover, or someone must look, at once. */
    static final int NA_UITSTROOM_WERKDAGEN = 1;
    /** 4a without streefdatum: before the next trajectgesprek, six weeks on. */
    static final int ACTIE_ZONDER_STREEFDATUM_DAGEN = 42;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Werkdagkalender werkdagen;
    private final TermijnProperties instellingen;
    private final ApplicationEventPublisher gebeurtenissen;

    public Termijnen(Werkdagkalender werkdagen, TermijnProperties instellingen, ApplicationEventPublisher gebeurtenissen) {
        this.werkdagen = werkdagen;
        this.instellingen = instellingen;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The due day of every termijn of a case, in the order the work comes. */
    public Map<Termijn, LocalDate> vervaldagen(LocalDate insluitingsdatum) {
        Map<Termijn, LocalDate> dagen = new EnumMap<>(Termijn.class);
        dagen.put(Termijn.BEKENDHEID, werkdagen.werkdagenNa(insluitingsdatum, instellingen.bekendheidWerkdagen()));
        dagen.put(Termijn.CONTACT, werkdagen.werkdagenNa(insluitingsdatum, instellingen.contactWerkdagen()));
        dagen.put(Termijn.AFSTEMMEN, werkdagen.werkdagenNa(insluitingsdatum, instellingen.afstemmenWerkdagen()));
        dagen.put(Termijn.INTAKE, insluitingsdatum.plusDays(INTAKE_DAGEN));
        dagen.put(Termijn.INFORMATIEBLAD, werkdagen.werkdagenNa(insluitingsdatum, INFORMATIEBLAD_WERKDAGEN));
        dagen.put(Termijn.PLAN, insluitingsdatum.plusDays(PLAN_DAGEN));
        return dagen;
    }

    /** Sets the deadline variables as ISO-8601 date-times with offset. */
    public void zetDeadlines(DelegateExecution execution, LocalDate insluitingsdatum) {
        vervaldagen(insluitingsdatum).forEach((termijn, dag) ->
                execution.setVariable(termijn.deadlineVariabele(), eindeVanDag(dag)));
    }


    /** When no uit-detentiemelding came within 7 days after the expected release, someone must check. */
    public String uitstroomControle(Object verwachteUitstroomdatum) {
        LocalDate uitstroom = ProcesVariabelen.datum(verwachteUitstroomdatum, "verwachteUitstroomdatum");
        return eindeVanDag(uitstroom.plusDays(CONTROLE_DAGEN_NA_UITSTROOM));
    }

    /** Due date of "Gesprek complexe casus" and "Opschaling naar ZVH afstemmen" (2d): end of week 3. */
    public String complexeCasus(Object insluitingsdatum) {
        return eindeVanDag(insluiting(insluitingsdatum).plusDays(COMPLEXE_CASUS_DAGEN));
    }

    /** Due date of a trajectgesprek (4b), from the moment it is due to be held. */
    public String trajectgesprek() {
        return eindeVanDag(werkdagen.werkdagenNa(vandaag(), TRAJECTGESPREK_WERKDAGEN));
    }

    /**
     * Due date of an action (4a): its streefdatum; without one, before the next trajectgesprek, and never after the
     * handover moment, when open actions pass to the receiving partner.
     */
    public String actie(Object streefdatum, DelegateExecution execution) {
        LocalDate dag = ProcesVariabelen.datum(streefdatum, "streefdatum");
        if (dag == null) {
            dag = vandaag().plusDays(ACTIE_ZONDER_STREEFDATUM_DAGEN);
            LocalDate uitstroom = ProcesVariabelen.datum(execution, NazorgVariabelen.VERWACHTE_UITSTROOMDATUM);
            if (uitstroom != null && uitstroom.minusDays(OVERDRACHT_DAGEN_VOOR_UITSTROOM).isBefore(dag)) {
                dag = uitstroom.minusDays(OVERDRACHT_DAGEN_VOOR_UITSTROOM);
            }
        }
        return eindeVanDag(dag);
    }


    /** Due date of a check that cannot wait: "Uitstroom controleren" (5b), a zelfmelder who did not report. */
    public String volgendeWerkdag() {
        return eindeVanDag(werkdagen.werkdagenNa(vandaag(), NA_UITSTROOM_WERKDAGEN));
    }

    /** The end of the day {@code dagen} days after a date or deadline (ISO date or date-time). */
    public String dagenNa(Object datum, int dagen) {
        return eindeVanDag(ProcesVariabelen.datum(datum, "datum").plusDays(dagen));
    }

    private static LocalDate insluiting(Object insluitingsdatum) {
        LocalDate dag = ProcesVariabelen.datum(insluitingsdatum, NazorgVariabelen.INSLUITINGSDATUM);
        if (dag == null) {
            throw new OngeldigeProcesinvoerException("Veld 'insluitingsdatum' ontbreekt");
        }
        return dag;
    }

    /** Used by the model, e.g. for the plan: {@code termijnen.markeerAfgerond(execution, 'plan')}. */
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

    public static String beginVanDag(LocalDate dag) {
        return ISO.format(dag.atStartOfDay(AMSTERDAM));
    }

    /** The start of the day, or now when that has passed: a timer or follow-up date that is never in the past. */
    public static String beginVanDagOfNu(LocalDate dag) {
        OffsetDateTime begin = dag.atStartOfDay(AMSTERDAM).toOffsetDateTime();
        OffsetDateTime nu = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM);
        return ISO.format(begin.isBefore(nu) ? nu : begin);
    }
}
