package nl.nazorg.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /** One month's part of the period, with what the cache knows of it. */
    private static final class Deel {
        final Periode periode;
        final Long versie;
        final Sleutel sleutel;
        Object telling;

        Deel(Periode periode, Long versie, Sleutel sleutel) {
            this.periode = periode;
            this.versie = versie;
            this.sleutel = sleutel;
        }
    }

    /**
     * The figures of the whole period, as the sum ({@code plus}, starting from {@code nul}) of its parts per calendar
     * month. Parts not in the cache are counted with {@code perMaand}, one call per run of consecutive parts.
     *
     * @param perMaand                   counts a period per month (yyyymm); a month without cases may be missing
     * @param dagenAfhankelijkVanVandaag how many days after a part's last day its figures may still change without a
     *                                   change of the tables, because they compare with today (0: never)
     */
    @SuppressWarnings("unchecked")
    <T> T som(String rapport, Periode periode, Bereik bereik, int dagenAfhankelijkVanVandaag,
              Function<Periode, Map<Integer, T>> perMaand, BinaryOperator<T> plus, T nul) {
        Map<Integer, Long> maandversies = versies.lees(periode.van(), periode.tot());
        LocalDate vandaag = Termijnen.vandaag();
        List<Deel> delen = new ArrayList<>();
        for (LocalDate van = periode.van(); !van.isAfter(periode.tot()); van = van.withDayOfMonth(1).plusMonths(1)) {
            LocalDate eindeMaand = van.withDayOfMonth(van.lengthOfMonth());
            Periode deel = new Periode(van, eindeMaand.isBefore(periode.tot()) ? eindeMaand : periode.tot());
            boolean hangtAfVanVandaag = dagenAfhankelijkVanVandaag > 0
                    && !vandaag.isAfter(deel.tot().plusDays(dagenAfhankelijkVanVandaag));
            delen.add(new Deel(deel, maandversies.get(Maandversies.maand(van)),
                    new Sleutel(rapport, deel.van(), deel.tot(), bereik, hangtAfVanVandaag ? vandaag : null)));
        }
        for (Deel deel : delen) {
            Geteld eerder = deel.versie == null ? null : getelden.getIfPresent(deel.sleutel);
            if (eerder != null && eerder.versie() == deel.versie) {
                hergebruikt.increment();
                deel.telling = eerder.telling();
            }
        }
        telOntbrekende(delen, perMaand, nul);
        T som = nul;
        for (Deel deel : delen) {
            som = plus.apply(som, (T) deel.telling);
        }
        return som;
    }

    private <T> void telOntbrekende(List<Deel> delen, Function<Periode, Map<Integer, T>> perMaand, T nul) {
        int i = 0;
        while (i < delen.size()) {
            if (delen.get(i).telling != null) {
                i++;
                continue;
            }
            int tot = i;
            while (tot + 1 < delen.size() && delen.get(tot + 1).telling == null) {
                tot++;
            }
            Map<Integer, T> geteldPerMaand = perMaand.apply(new Periode(delen.get(i).periode.van(), delen.get(tot).periode.tot()));
            for (Deel deel : delen.subList(i, tot + 1)) {
                deel.telling = geteldPerMaand.getOrDefault(Maandversies.maand(deel.periode.van()), nul);
                if (deel.versie != null) {
                    geteld.increment();
                    getelden.put(deel.sleutel, new Geteld(deel.versie, deel.telling));
                }
            }
            i = tot + 1;
        }
    }

    /** Two maps added key by key with {@code plus}, as a report adds up its months; neither map is changed. */
    static <K, V> Map<K, V> opgeteld(Map<K, V> een, Map<K, V> ander, BinaryOperator<V> plus) {
        Map<K, V> som = new HashMap<>(een);
        ander.forEach((sleutel, waarde) -> som.merge(sleutel, waarde, plus));
        return som;
    }

    /** Parts of months taken from the cache and parts counted, since the start. */
    long[] hergebruiktEnGeteld() {
        return new long[] {hergebruikt.sum(), geteld.sum()};
    }
}
