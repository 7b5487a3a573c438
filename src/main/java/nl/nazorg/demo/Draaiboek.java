package nl.nazorg.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Steps of many cases, each at its own moment, played in the order of time: before each step the clock moves
 * to its moment and whatever fell due in between (async steps, deadlines, timers) runs first.
 */
public class Draaiboek {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalTime BEGIN_WERKDAG = LocalTime.of(9, 0);

    private record Stap(Instant moment, long volgorde, Runnable actie) {
    }

    private final List<Stap> stappen = new ArrayList<>();

    /** A step during office hours of that day; steps of one day keep the order in which they were added. */
    public Draaiboek op(LocalDate dag, Runnable actie) {
        return op(dag.atTime(BEGIN_WERKDAG).atZone(AMSTERDAM).toInstant(), actie);
    }

    public Draaiboek op(Instant moment, Runnable actie) {
        stappen.add(new Stap(moment, stappen.size(), actie));
        return this;
    }

    public int aantalStappen() {
        return stappen.size();
    }

    /** Sets the clock to the first step, plays every step, then lets time run on to {@code einde}. */
    public void speel(SimulatieKlok klok, Instant einde) {
        stappen.sort(Comparator.comparing(Stap::moment).thenComparingLong(Stap::volgorde));
        if (!stappen.isEmpty()) {
            klok.zet(stappen.get(0).moment());
        }
        for (Stap stap : stappen) {
            klok.tot(stap.moment());
            stap.actie().run();
        }
        klok.tot(einde);
    }

    public static Instant begin(LocalDate dag) {
        return dag.atTime(BEGIN_WERKDAG).atZone(AMSTERDAM).toInstant();
    }
}
