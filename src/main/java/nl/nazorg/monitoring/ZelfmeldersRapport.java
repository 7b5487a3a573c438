package nl.nazorg.monitoring;

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
            new Rapport.Kolom("uitstelToegekend", "Uitstel toegekend", "van hen: uitstel toegekend"));

    private final NamedParameterJdbcTemplate jdbc;

    ZelfmeldersRapport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "zelfmelders";
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot());
        Map<String, Object> rij = new LinkedHashMap<>();
        jdbc.query("""
                select count(*), count(case when plan_van_aanpak_op < oproepdatum then 1 end),
                       count(case when uitstel_aangevraagd then 1 end), count(case when uitstel_toegekend then 1 end)
                from rapportage_zelfmelder
                where oproepdatum between :van and :tot and %s"""
                        .formatted(bereik.voorwaarde("zvh_regio", null, "gemeente_code", parameters)),
                parameters, rs -> {
                    rij.put("aantal", rs.getLong(1));
                    rij.put("metPlanVoorOproepdatum", rs.getLong(2));
                    rij.put("percentage", Percentage.van(rs.getLong(2), rs.getLong(1)));
                    rij.put("uitstelAangevraagd", rs.getLong(3));
                    rij.put("uitstelToegekend", rs.getLong(4));
                });
        return new Rapport(naam(), "Zelfmelders met een plan vóór de oproepdatum",
                "Voorzorg zelfmelders: heeft de gemeente het plan van aanpak klaar voordat iemand zich in de PI meldt?",
                periode.van(), periode.tot(), KOLOMMEN, List.of(rij));
    }
}
