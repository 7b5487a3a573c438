package nl.nazorg.zelfmelder;

import java.time.LocalDate;
import java.time.ZoneId;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The week-by-week deadlines of the voorzorg (bean {@code zelfmelderTermijnen} in the model). */
@Component("zelfmelderTermijnen")
public class ZelfmelderTermijnen {

    /** Week 1 screening, week 3 gesprek, week 4 plan van aanpak: end of the last day of that week after the melding. */
    public void zetWeekdeadlines(DelegateExecution execution) {
        LocalDate melding = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        execution.setVariable(ZelfmelderVariabelen.WEEK_1, Termijnen.eindeVanDag(melding.plusWeeks(1)));
        execution.setVariable(ZelfmelderVariabelen.WEEK_3, Termijnen.eindeVanDag(melding.plusWeeks(3)));
        execution.setVariable(ZelfmelderVariabelen.WEEK_4, Termijnen.eindeVanDag(melding.plusWeeks(4)));
    }

    /** Not reported in the PI by the end of the day after the oproepdatum: the gemeente follows up. */
    public String nietGemeld(Object oproepdatum) {
        return Termijnen.eindeVanDag(ProcesVariabelen.datum(oproepdatum, ZelfmelderVariabelen.OPROEPDATUM).plusDays(1));
    }
}
