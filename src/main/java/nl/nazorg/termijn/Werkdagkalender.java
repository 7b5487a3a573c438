package nl.nazorg.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Working days in the sense of the Algemene termijnenwet: Monday to Friday, except the Dutch public
 * holidays of art. 3 (from the jollyday calendar: Nieuwjaarsdag, Goede Vrijdag, 2e Paasdag, Koningsdag,
 * 5 mei, Hemelvaartsdag, 2e Pinksterdag, both Kerstdagen) and the days configured on top of them.
 */
@Component
public class Werkdagkalender {

    private final HolidayManager feestdagen = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    private final Set<LocalDate> extraVrijeDagen;

    public Werkdagkalender(TermijnProperties properties) {
        this.extraVrijeDagen = Set.copyOf(properties.extraVrijeDagen());
    }

    public boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY
                && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !feestdagen.isHoliday(dag)
                && !extraVrijeDagen.contains(dag);
    }

    /** The n-th working day after the given day (the day itself does not count). */
    public LocalDate werkdagenNa(LocalDate dag, int aantal) {
        LocalDate resultaat = dag;
        int geteld = 0;
        while (geteld < aantal) {
            resultaat = resultaat.plusDays(1);
            if (isWerkdag(resultaat)) {
                geteld++;
            }
        }
        return resultaat;
    }

    /** The n-th working day before the given day (the day itself does not count). */
    public LocalDate werkdagenVoor(LocalDate dag, int aantal) {
        LocalDate resultaat = dag;
        int geteld = 0;
        while (geteld < aantal) {
            resultaat = resultaat.minusDays(1);
            if (isWerkdag(resultaat)) {
                geteld++;
            }
        }
        return resultaat;
    }
}
