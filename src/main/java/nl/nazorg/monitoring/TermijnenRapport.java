package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.nazorg.termijn.Termijnen;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Memo section 4, doorlooptijden: per deadline of the case how often it was met, and how often a warning went out
 * before it and was followed by work in time. A case counts for a deadline
 * when its work is done, or when the deadline passed while the person was still detained; a case released
 * before its deadline without the work done does not count (the deadline no longer applied).
 */
@Component
class TermijnenRapport implements Rapportsoort {

    private static final Map<String, String> TERMIJNEN = new LinkedHashMap<>();

    static {
        TERMIJNEN.put("bekendheid", "Bekendheid beoordeeld (1c) binnen de ingestelde werkdagen na insluiting");
        TERMIJNEN.put("contact", "Contact met de regievoerder gelegd (1e) binnen de ingestelde werkdagen na insluiting");
        TERMIJNEN.put("afstemmen", "Proces afgestemd (1f) binnen de ingestelde werkdagen na insluiting");
        TERMIJNEN.put("intake", "Intakegesprek binnen 2 weken na insluiting");
        TERMIJNEN.put("informatieblad", "Informatieblad gedeeld binnen 10 werkdagen na insluiting");
        TERMIJNEN.put("plan", "D&R-plan vastgesteld binnen 4 weken na insluiting");
    }

    private static final List<Rapport.Kolom> KOLOMMEN = List.of(
            new Rapport.Kolom("termijn", "Termijn", "bekendheid, contact, afstemmen, intake, informatieblad of plan"),
            new Rapport.Kolom("omschrijving", "Omschrijving", "de termijn uit het werkproces"),
            new Rapport.Kolom("aantal", "Aantal", "casussen met insluiting in de periode waarvoor de termijn gold: "
                    + "het werk is gedaan, of de termijn verliep terwijl de persoon nog vastzat"),
            new Rapport.Kolom("tijdig", "Tijdig", "van die casussen: werk gedaan op of vóór de laatste dag van de termijn"),
            new Rapport.Kolom("percentageTijdig", "Percentage tijdig", "tijdig als deel van aantal, afgerond op hele procenten"),
            new Rapport.Kolom("mediaanDagen", "Mediaan (dagen)", "de helft van het gedane werk was klaar binnen zoveel "
                    + "kalenderdagen na insluiting"),
            new Rapport.Kolom("p90Dagen", "90% binnen (dagen)", "90% van het gedane werk was klaar binnen zoveel "
                    + "kalenderdagen na insluiting"),
            new Rapport.Kolom("gewaarschuwd", "Gewaarschuwd", "van die casussen: de groep die moest handelen kreeg "
                    + "voor de deadline een waarschuwing"),
            new Rapport.Kolom("tijdigNaWaarschuwing", "Tijdig na waarschuwing", "van de gewaarschuwde casussen: werk "
                    + "toch gedaan op of vóór de laatste dag van de termijn"));

    /**
     * Whether a case counts for a deadline compares its deadline with today; no deadline lies more than the D&R-plan's
     * four weeks after insluiting, so a month's figures stop depending on the date well within twice that.
     */
    private static final int DAGEN_AFHANKELIJK_VAN_VANDAAG = 2 * Termijnen.LAATSTE_TERMIJN_DAGEN;

    private final NamedParameterJdbcTemplate jdbc;
    private final Maandcache maandcache;

    TermijnenRapport(NamedParameterJdbcTemplate jdbc, Maandcache maandcache) {
        this.jdbc = jdbc;
        this.maandcache = maandcache;
    }

    static String afgerondKolom(String termijn) {
        return switch (termijn) {
            case "intake" -> "intake_afgerond_op";
            case "informatieblad" -> "informatieblad_gedeeld_op";
            case "plan" -> "plan_vastgesteld_op";
            case "bekendheid", "contact", "afstemmen" -> termijn + "_afgerond_op";
            default -> throw new IllegalArgumentException(termijn);
        };
    }

    @Override
    public String naam() {
        return "termijnen";
    }

    /**
     * One deadline's cases, met in time, warned, met after a warning, and the days to completion as a histogram
     * (days → cases).
     */
    private record Telling(long aantal, long tijdig, long gewaarschuwd, long tijdigNaWaarschuwing, Map<Integer, Long> dagen) {
        static final Telling NUL = new Telling(0, 0, 0, 0, Map.of());

        Telling plus(Telling ander) {
            return new Telling(aantal + ander.aantal, tijdig + ander.tijdig, gewaarschuwd + ander.gewaarschuwd,
                    tijdigNaWaarschuwing + ander.tijdigNaWaarschuwing, Maandcache.opgeteld(dagen, ander.dagen, Long::sum));
        }
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        Map<String, Telling> perTermijn = maandcache.som(naam(), periode, bereik, DAGEN_AFHANKELIJK_VAN_VANDAAG,
                deel -> telPerMaand(deel, bereik),
                (een, ander) -> Maandcache.opgeteld(een, ander, Telling::plus), Map.of());
        List<Map<String, Object>> rijen = new ArrayList<>();
        TERMIJNEN.forEach((termijn, omschrijving) ->
                rijen.add(rij(termijn, omschrijving, perTermijn.getOrDefault(termijn, Telling.NUL))));
        return new Rapport(naam(), "Termijnen gehaald",
                "Per termijn van het werkproces: hoe vaak het werk op tijd klaar was en hoe lang het duurde.",
                periode.van(), periode.tot(), KOLOMMEN, rijen);
    }

    private static Map<String, Object> rij(String termijn, String omschrijving, Telling telling) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("termijn", termijn);
        rij.put("omschrijving", omschrijving);
        rij.put("aantal", telling.aantal());
        rij.put("tijdig", telling.tijdig());
        rij.put("percentageTijdig", Percentage.van(telling.tijdig(), telling.aantal()));
        TreeMap<Integer, Long> dagen = new TreeMap<>(telling.dagen());
        rij.put("mediaanDagen", percentiel(dagen, 0.5));
        rij.put("p90Dagen", percentiel(dagen, 0.9));
        rij.put("gewaarschuwd", telling.gewaarschuwd());
        rij.put("tijdigNaWaarschuwing", telling.tijdigNaWaarschuwing());
        return rij;
    }

    /** Per month: per deadline its figures. */
    private Map<Integer, Map<String, Telling>> telPerMaand(Periode periode, Bereik bereik) {
        Map<Integer, Map<String, Telling>> perMaand = new HashMap<>();
        for (String termijn : TERMIJNEN.keySet()) {
            telPerMaand(termijn, periode, bereik).forEach((maand, telling) ->
                    perMaand.computeIfAbsent(maand, m -> new LinkedHashMap<>()).put(termijn, telling));
        }
        perMaand.replaceAll((maand, perTermijn) -> Collections.unmodifiableMap(perTermijn));
        return perMaand;
    }

    private Map<Integer, Telling> telPerMaand(String termijn, Periode periode, Bereik bereik) {
        String af = afgerondKolom(termijn);
        String deadline = termijn + "_deadline";
        String dagen = termijn + "_dagen";
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot())
                .addValue("vandaag", Termijnen.vandaag());
        // Days per case as a histogram (a hash aggregate) rather than percentile_disc, which sorts every case of
        // the period: the same median and 90th percentile, without spilling to disk at ten years of national volume.
        Map<Integer, Telling> perMaand = new HashMap<>();
        jdbc.query("""
                select %5$s, %3$s, count(*), count(case when %1$s <= %2$s then 1 end),
                       count(%6$s), count(case when %6$s is not null and %1$s <= %2$s then 1 end)
                from rapportage_casus
                where insluitingsdatum between :van and :tot and %4$s
                  and (%1$s is not null or (%2$s < :vandaag and (uitstroomdatum is null or uitstroomdatum > %2$s)))
                group by %5$s, %3$s"""
                        .formatted(af, deadline, dagen, bereik.voorwaarde("zvh_regio", "pi_code", "gemeente_code", parameters),
                                Maandversies.maandVan("insluitingsdatum"), termijn + "_gewaarschuwd_op"),
                parameters, rs -> {
                    Map<Integer, Long> dag = rs.getObject(2) == null ? Map.of() : Map.of(rs.getInt(2), rs.getLong(3));
                    perMaand.merge(rs.getInt(1), new Telling(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), dag),
                            Telling::plus);
                });
        return perMaand;
    }


    /** As PostgreSQL's percentile_disc: the value at row ceil(fractie × n) in order; null when there are none. */
    static Integer percentiel(TreeMap<Integer, Long> verdeling, double fractie) {
        long totaal = verdeling.values().stream().mapToLong(Long::longValue).sum();
        long rij = Math.max(1, (long) Math.ceil(fractie * totaal));
        long opgeteld = 0;
        for (Map.Entry<Integer, Long> waarde : verdeling.entrySet()) {
            opgeteld += waarde.getValue();
            if (opgeteld >= rij) {
                return waarde.getKey();
            }
        }
        return null;
    }
}
