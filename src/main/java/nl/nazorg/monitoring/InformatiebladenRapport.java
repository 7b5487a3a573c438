package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.partner.PartnerAdressen;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Bijlage 1 of the memo: informatiebladen against instroom, per PI of instroom. */
@Component
class InformatiebladenRapport implements Rapportsoort {

    private static final List<Rapport.Kolom> KOLOMMEN = List.of(
            new Rapport.Kolom("soort", "Soort rij", "pi voor een inrichting, totaal voor de optelling"),
            new Rapport.Kolom("pi", "Penitentiaire inrichting", "de PI waar de detentie begon (een overplaatsing telt niet mee)"),
            new Rapport.Kolom("piCode", "PI-code", "code van de PI"),
            new Rapport.Kolom("instroom", "Instroom", "casussen met een insluitingsdatum in de periode"),
            new Rapport.Kolom("informatiebladen", "Infobladen", "van die casussen: met een informatieblad gedeeld met het ZVH"),
            new Rapport.Kolom("percentage", "Percentage", "informatiebladen als deel van de instroom, afgerond op hele procenten"),
            new Rapport.Kolom("tijdig", "Tijdig", "van de informatiebladen: gedeeld binnen 10 werkdagen na insluiting"));

    private final NamedParameterJdbcTemplate jdbc;
    private final PartnerAdressen adressen;
    private final Maandcache maandcache;

    InformatiebladenRapport(NamedParameterJdbcTemplate jdbc, PartnerAdressen adressen, Maandcache maandcache) {
        this.jdbc = jdbc;
        this.adressen = adressen;
        this.maandcache = maandcache;
    }

    @Override
    public String naam() {
        return "informatiebladen";
    }

    private record Telling(long instroom, long informatiebladen, long tijdig) {
        Telling plus(Telling andere) {
            return new Telling(instroom + andere.instroom, informatiebladen + andere.informatiebladen, tijdig + andere.tijdig);
        }
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        Map<String, Telling> perPi = maandcache.som(naam(), periode, bereik, 0, deel -> telPerMaand(deel, bereik),
                (een, ander) -> Maandcache.opgeteld(een, ander, Telling::plus), Map.of());
        List<Map<String, Object>> rijen = new ArrayList<>();
        Telling totaal = new Telling(0, 0, 0);
        for (String pi : bereik.teTonenPis(adressen.pis().keySet(), perPi.keySet())) {
            Telling telling = perPi.getOrDefault(pi, new Telling(0, 0, 0));
            rijen.add(rij("pi", adressen.piNaam(pi), pi, telling));
            totaal = totaal.plus(telling);
        }
        rijen.add(rij("totaal", "Totaal", null, totaal));
        return new Rapport(naam(), "Percentage infobladen ten opzichte van instroom in de PI's",
                "Zoals Bijlage 1 van het werkproces: per PI de casussen die in de periode instroomden en hoeveel daarvan een "
                        + "informatieblad kregen.", periode.van(), periode.tot(), KOLOMMEN, rijen);
    }

    private Map<Integer, Map<String, Telling>> telPerMaand(Periode periode, Bereik bereik) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot());
        Map<Integer, Map<String, Telling>> perMaand = new HashMap<>();
        jdbc.query("""
                select %1$s, pi_code, count(*), count(informatieblad_gedeeld_op),
                       count(case when informatieblad_gedeeld_op <= informatieblad_deadline then 1 end)
                from rapportage_casus
                where insluitingsdatum between :van and :tot and %2$s
                group by %1$s, pi_code""".formatted(Maandversies.maandVan("insluitingsdatum"),
                        bereik.voorwaarde("zvh_regio", "pi_code", "gemeente_code", parameters)),
                parameters, rs -> {
                    perMaand.computeIfAbsent(rs.getInt(1), maand -> new HashMap<>())
                            .put(rs.getString(2), new Telling(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        perMaand.replaceAll((maand, perPi) -> Collections.unmodifiableMap(perPi));
        return perMaand;
    }


    private static Map<String, Object> rij(String soort, String naam, String code, Telling telling) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("soort", soort);
        rij.put("pi", naam);
        rij.put("piCode", code);
        rij.put("instroom", telling.instroom());
        rij.put("informatiebladen", telling.informatiebladen());
        rij.put("percentage", Percentage.van(telling.informatiebladen(), telling.instroom()));
        rij.put("tijdig", telling.tijdig());
        return rij;
    }
}
