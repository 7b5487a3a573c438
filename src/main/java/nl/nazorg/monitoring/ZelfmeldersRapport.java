package nl.nazorg.monitoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The Groningen voorzorg: how many zelfmelders had their plan before they had to report to the PI. */
@Component
class ZelfmeldersRapport implements Rapportsoort {

    private static final List<Rapport.Kolom> KOLOMMEN = List.of(
            new Rapport.Kolom("aantal", "Zelfmelders", "zelfmelders met een oproepdatum in de periode (na uitstel: de nieuwe datum)"),
            new Rapport.Kolom("metPlanVoorOproepdatum", "Plan vóór oproepdatum",
                    "van hen: plan van aanpak klaar uiterlijk de dag vóór de oproepdatum"),
            new Rapport.Kolom("percentage", "Percentage", "met plan als deel van aantal, afgerond op hele procenten"),
            new Rapport.Kolom("uitstelAangevraagd", "Uitstel aangevraagd", "van hen: uitstel gevraagd aan OM/CJIB"),
            new Rapport.Kolom("uitstelToegekend", "Uitstel toegekend", "van hen: uitstel toegekend"),
            new Rapport.Kolom("planNietVoorOproepdatum", "Plan niet vóór oproepdatum",
                    "van hen: de oproepdatum kwam en het plan van aanpak was niet klaar (vastgelegde misser)"));

    private final NamedParameterJdbcTemplate jdbc;
    private final Maandcache maandcache;

    ZelfmeldersRapport(NamedParameterJdbcTemplate jdbc, Maandcache maandcache) {
        this.jdbc = jdbc;
        this.maandcache = maandcache;
    }

    @Override
    public String naam() {
        return "zelfmelders";
    }

    private record Telling(long aantal, long metPlan, long uitstelAangevraagd, long uitstelToegekend, long planGemist) {
        static final Telling NUL = new Telling(0, 0, 0, 0, 0);

        Telling plus(Telling ander) {
            return new Telling(aantal + ander.aantal, metPlan + ander.metPlan,
                    uitstelAangevraagd + ander.uitstelAangevraagd, uitstelToegekend + ander.uitstelToegekend,
                    planGemist + ander.planGemist);
        }
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        Telling telling = maandcache.som(naam(), periode, bereik, 0, deel -> telPerMaand(deel, bereik), Telling::plus,
                Telling.NUL);
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("aantal", telling.aantal());
        rij.put("metPlanVoorOproepdatum", telling.metPlan());
        rij.put("percentage", Percentage.van(telling.metPlan(), telling.aantal()));
        rij.put("uitstelAangevraagd", telling.uitstelAangevraagd());
        rij.put("uitstelToegekend", telling.uitstelToegekend());
        rij.put("planNietVoorOproepdatum", telling.planGemist());
        return new Rapport(naam(), "Zelfmelders met een plan vóór de oproepdatum",
                "Voorzorg zelfmelders: heeft de gemeente het plan van aanpak klaar voordat iemand zich in de PI meldt?",
                periode.van(), periode.tot(), KOLOMMEN, List.of(rij));
    }

    private Map<Integer, Telling> telPerMaand(Periode periode, Bereik bereik) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot());
        Map<Integer, Telling> perMaand = new HashMap<>();
        jdbc.query("""
                select %1$s, count(*), count(case when plan_van_aanpak_op < oproepdatum then 1 end),
                       count(case when uitstel_aangevraagd then 1 end), count(case when uitstel_toegekend then 1 end),
                       count(case when plan_niet_voor_oproepdatum then 1 end)
                from rapportage_zelfmelder
                where oproepdatum between :van and :tot and %2$s
                group by %1$s""".formatted(Maandversies.maandVan("oproepdatum"),
                        bereik.voorwaarde("zvh_regio", null, "gemeente_code", parameters)),
                parameters, rs -> {
                    perMaand.put(rs.getInt(1), new Telling(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6)));
                });
        return perMaand;
    }
}
