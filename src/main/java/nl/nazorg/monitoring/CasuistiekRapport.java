package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.beeldvorming.Leefgebied;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Memo section 4, "aantallen en type inzet": enkelvoudige against meervoudige casuïstiek, hulpvragen per
 * leefgebied, and how much of the D&R-plans' actions was carried out. One row for the period.
 */
@Component
class CasuistiekRapport implements Rapportsoort {

    private final NamedParameterJdbcTemplate jdbc;
    private final Maandcache maandcache;

    CasuistiekRapport(NamedParameterJdbcTemplate jdbc, Maandcache maandcache) {
        this.jdbc = jdbc;
        this.maandcache = maandcache;
    }

    @Override
    public String naam() {
        return "casuistiek";
    }

    static String hulpvraagkolom(Leefgebied leefgebied) {
        return "hulpvragen" + leefgebied.veldnaam();
    }

    private record Telling(long casussen, long enkelvoudig, long meervoudig, Map<String, Long> hulpvragen, long acties,
                           long actiesUitgevoerd) {
        static final Telling NUL = new Telling(0, 0, 0, Map.of(), 0, 0);

        Telling plus(Telling ander) {
            return new Telling(casussen + ander.casussen, enkelvoudig + ander.enkelvoudig, meervoudig + ander.meervoudig,
                    Maandcache.opgeteld(hulpvragen, ander.hulpvragen, Long::sum), acties + ander.acties,
                    actiesUitgevoerd + ander.actiesUitgevoerd);
        }
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        Telling telling = maandcache.som(naam(), periode, bereik, 0, deel -> telPerMaand(deel, bereik), Telling::plus,
                Telling.NUL);
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("casussen", telling.casussen());
        rij.put("enkelvoudig", telling.enkelvoudig());
        rij.put("meervoudig", telling.meervoudig());
        for (Leefgebied leefgebied : Leefgebied.values()) {
            rij.put(hulpvraagkolom(leefgebied), telling.hulpvragen().getOrDefault(leefgebied.code(), 0L));
        }
        rij.put("acties", telling.acties());
        rij.put("actiesUitgevoerd", telling.actiesUitgevoerd());
        rij.put("percentageActiesUitgevoerd", Percentage.van(telling.actiesUitgevoerd(), telling.acties()));
        return new Rapport(naam(), "Casuïstiek: enkelvoudig en meervoudig, hulpvragen en uitvoering",
                "Casussen met insluiting in de periode waarvan de intake is gedaan.", periode.van(), periode.tot(),
                kolommen(), List.of(rij));
    }

    private Map<Integer, Telling> telPerMaand(Periode periode, Bereik bereik) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot());
        // rapportage_hulpvraag and rapportage_actie carry their case's insluitingsdatum and scope: no join needed
        String inPeriode = "insluitingsdatum between :van and :tot and "
                + bereik.voorwaarde("zvh_regio", "pi_code", "gemeente_code", parameters);
        String maand = Maandversies.maandVan("insluitingsdatum");
        Map<Integer, Telling> perMaand = new HashMap<>();
        jdbc.query("""
                select %1$s, count(complexiteit), count(case when complexiteit = 'enkelvoudig' then 1 end),
                       count(case when complexiteit = 'meervoudig' then 1 end)
                from rapportage_casus where %2$s group by %1$s""".formatted(maand, inPeriode), parameters, rs -> {
            perMaand.merge(rs.getInt(1), new Telling(rs.getLong(2), rs.getLong(3), rs.getLong(4), Map.of(), 0, 0),
                    Telling::plus);
        });
        jdbc.query("""
                select %1$s, leefgebied, count(*) from rapportage_hulpvraag where %2$s group by %1$s, leefgebied"""
                        .formatted(maand, inPeriode), parameters, rs -> {
            perMaand.merge(rs.getInt(1), new Telling(0, 0, 0, Map.of(rs.getString(2), rs.getLong(3)), 0, 0), Telling::plus);
        });
        jdbc.query("""
                select %1$s, count(*), count(case when uitgevoerd then 1 end) from rapportage_actie where %2$s group by %1$s"""
                        .formatted(maand, inPeriode), parameters, rs -> {
            perMaand.merge(rs.getInt(1), new Telling(0, 0, 0, Map.of(), rs.getLong(2), rs.getLong(3)), Telling::plus);
        });
        return perMaand;
    }

    private static List<Rapport.Kolom> kolommen() {
        List<Rapport.Kolom> kolommen = new ArrayList<>(List.of(
                new Rapport.Kolom("casussen", "Casussen", "casussen met insluiting in de periode en een afgeronde intake"),
                new Rapport.Kolom("enkelvoudig", "Enkelvoudig", "hulpvraag op hooguit één leefgebied"),
                new Rapport.Kolom("meervoudig", "Meervoudig", "hulpvraag op twee of meer leefgebieden")));
        for (Leefgebied leefgebied : Leefgebied.values()) {
            kolommen.add(new Rapport.Kolom(hulpvraagkolom(leefgebied), "Hulpvragen " + leefgebied.titel().toLowerCase(),
                    "casussen met een hulpvraag op het leefgebied " + leefgebied.titel().toLowerCase()));
        }
        kolommen.add(new Rapport.Kolom("acties", "Acties", "acties in de vastgestelde D&R-plannen van die casussen"));
        kolommen.add(new Rapport.Kolom("actiesUitgevoerd", "Uitgevoerd", "van die acties: als uitgevoerd afgemeld"));
        kolommen.add(new Rapport.Kolom("percentageActiesUitgevoerd", "Percentage uitgevoerd",
                "uitgevoerde acties als deel van alle acties, afgerond op hele procenten"));
        return kolommen;
    }
}
