package nl.nazorg.zelfmelder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnen;
import nl.nazorg.termijn.Werkdagkalender;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The week-by-week deadlines of the voorzorg (bean {@code zelfmelderTermijnen} in the model). The weeks run toward
 * the oproepdatum: the plan must be ready before it, so no deadline lies after the day before the oproepdatum.
 */
@Component("zelfmelderTermijnen")
public class ZelfmelderTermijnen {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int WEKEN = 4;
    static final int REACTIETIJD_DAGEN = 7;
    static final int BENADERPOGING_WERKDAGEN = 2;

    private final Werkdagkalender werkdagen;
    private final int benaderpogingen;

    public ZelfmelderTermijnen(Werkdagkalender werkdagen,
                               @Value("${nazorg.zelfmelder.benaderpogingen:3}") int benaderpogingen) {
        this.werkdagen = werkdagen;
        this.benaderpogingen = benaderpogingen;
    }

    /**
     * Week 1 screening, week 3 gesprek, week 4 plan van aanpak: the end of that week after the melding. When fewer
     * than four weeks remain before the day before the oproepdatum, the four weeks shrink to the days that remain, in
     * the same proportions, so the plan is due on the last day before the oproepdatum at the latest.
     */
    public void zetWeekdeadlines(DelegateExecution execution) {
        LocalDate melding = Termijnen.vandaag();
        LocalDate laatsteDag = ProcesVariabelen.verplichteDatum(execution, ZelfmelderVariabelen.OPROEPDATUM).minusDays(1);
        long beschikbaar = Math.max(0, laatsteDag.toEpochDay() - melding.toEpochDay());
        execution.setVariable(ZelfmelderVariabelen.WEEK_1, Termijnen.eindeVanDag(week(melding, 1, beschikbaar)));
        execution.setVariable(ZelfmelderVariabelen.WEEK_3, Termijnen.eindeVanDag(week(melding, 3, beschikbaar)));
        execution.setVariable(ZelfmelderVariabelen.WEEK_4, Termijnen.eindeVanDag(week(melding, 4, beschikbaar)));
    }

    private static LocalDate week(LocalDate melding, int week, long beschikbaar) {
        return melding.plusDays(Math.min(week * 7L, beschikbaar * week / WEKEN));
    }

    /** End of the zelfmelder's reaction time: 7 days from now, never after the gesprek's deadline. */
    public String reactietijd(Object week3Deadline) {
        return vroegste(OffsetDateTime.parse(Termijnen.nu()).plusDays(REACTIETIJD_DAGEN), week3Deadline);
    }

    /** Due date of one attempt to reach the zelfmelder: two working days, never after the gesprek's deadline. */
    public String benaderpoging(Object week3Deadline) {
        return vroegste(OffsetDateTime.parse(Termijnen.eindeVanDag(werkdagen.werkdagenNa(Termijnen.vandaag(),
                BENADERPOGING_WERKDAGEN))), week3Deadline);
    }

    /** How many attempts to reach a zelfmelder before the outcome is "onbereikbaar" (nazorg.zelfmelder.benaderpogingen). */
    public int benaderpogingen() {
        return benaderpogingen;
    }

    /** The start of the oproepdatum: a plan finished before this moment was ready in time. */
    public String oproepdatumBegin(Object oproepdatum) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                ProcesVariabelen.datum(oproepdatum, ZelfmelderVariabelen.OPROEPDATUM).atStartOfDay(AMSTERDAM));
    }

    /** Whether the plan van aanpak was finished before the oproepdatum. */
    public boolean planVoorOproepdatum(DelegateExecution execution) {
        Object klaar = execution.getVariable(ZelfmelderVariabelen.PLAN_VAN_AANPAK_OP);
        return klaar != null && OffsetDateTime.parse(klaar.toString())
                .isBefore(OffsetDateTime.parse(oproepdatumBegin(execution.getVariable(ZelfmelderVariabelen.OPROEPDATUM))));
    }

    /** Not reported in the PI by the end of the day after the oproepdatum: the gemeente follows up. */
    public String nietGemeld(Object oproepdatum) {
        return Termijnen.eindeVanDag(ProcesVariabelen.datum(oproepdatum, ZelfmelderVariabelen.OPROEPDATUM).plusDays(1));
    }

    private static String vroegste(OffsetDateTime moment, Object grens) {
        OffsetDateTime uiterlijk = grens == null ? moment : OffsetDateTime.parse(grens.toString());
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                (moment.isAfter(uiterlijk) ? uiterlijk : moment).atZoneSameInstant(AMSTERDAM).toOffsetDateTime());
    }
}
