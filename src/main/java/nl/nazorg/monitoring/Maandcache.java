package nl.nazorg.monitoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.nazorg.termijn.Termijnen;
import org.springframework.stereotype.Component;

/**
 * Reports over years without counting years of cases at every request. A report's period is counted month by month;
 * what a month gave is kept with that month's version ({@link Maandversies}) and reused while the version is the same,
 * so a ten-year report counts again only the months that changed since. The versions are read in the report's own
 * snapshot and every change raises them in its own transaction: a reused month is exactly what counting it again
 * would give, on every node. Kept per report, part of a month and {@link Bereik}, in memory, at most
 * {@value #MAX_DELEN} parts; a lost entry is only counted again.
 */
@Component
class Maandcache {

    private static final int MAX_DELEN = 50_000;

    private final Maandversies versies;
    private final Cache<Sleutel, Geteld> getelden = Caffeine.newBuilder().maximumSize(MAX_DELEN).build();
    private final LongAdder hergebruikt = new LongAdder();
    private final LongAdder geteld = new LongAdder();

    Maandcache(Maandversies versies) {
        this.versies = versies;
    }

    /**
     * A part of one month; {@code vandaag} only for figures that still depend on the date (a deadline that may yet
     * pass), so they are counted again the next day.
     */
    private record Sleutel(String rapport, LocalDate van, LocalDate tot, Bereik bereik, LocalDate vandaag) {
    }

    private record Geteld(long versie, Object telling) {
    }

    /**
     * {@code tel} over the whole period, as the sum ({@code plus}) of its parts per calendar month.
     *
     * @param dagenAfhankelijkVanVandaag how many days after a part's last day its figures may still change without a
     *                                   change of the tables, because they compare with today (0: never)
     */
    <T> T som(String rapport, Periode periode, Bereik bereik, int dagenAfhankelijkVanVandaag, Function<Periode, T> tel,
              BinaryOperator<T> plus) {
        Map<Integer, Long> maandversies = versies.lees(periode.van(), periode.tot());
        LocalDate vandaag = Termijnen.vandaag();
        T som = null;
        for (LocalDate van = periode.van(); !van.isAfter(periode.tot()); van = van.withDayOfMonth(1).plusMonths(1)) {
            LocalDate eindeMaand = van.withDayOfMonth(van.lengthOfMonth());
            Periode deel = new Periode(van, eindeMaand.isBefore(periode.tot()) ? eindeMaand : periode.tot());
            Long versie = maandversies.get(Maandversies.maand(van));
            T telling = versie == null ? tel.apply(deel) : uitCache(rapport, deel, bereik, versie,
                    dagenAfhankelijkVanVandaag > 0 && !vandaag.isAfter(deel.tot().plusDays(dagenAfhankelijkVanVandaag))
                            ? vandaag : null, tel);
            som = som == null ? telling : plus.apply(som, telling);
        }
        return som;
    }

    @SuppressWarnings("unchecked")
    private <T> T uitCache(String rapport, Periode deel, Bereik bereik, long versie, LocalDate vandaag,
                           Function<Periode, T> tel) {
        Sleutel sleutel = new Sleutel(rapport, deel.van(), deel.tot(), bereik, vandaag);
        Geteld eerder = getelden.getIfPresent(sleutel);
        if (eerder != null && eerder.versie() == versie) {
            hergebruikt.increment();
            return (T) eerder.telling();
        }
        geteld.increment();
        T telling = tel.apply(deel);
        getelden.put(sleutel, new Geteld(versie, telling));
        return telling;
    }

    /** Parts of months taken from the cache and parts counted, since the start. */
    long[] hergebruiktEnGeteld() {
        return new long[] {hergebruikt.sum(), geteld.sum()};
    }
}
