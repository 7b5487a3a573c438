package nl.nazorg.monitoring;

import java.util.ArrayList;
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

    CasuistiekRapport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "casuistiek";
    }

    static String hulpvraagkolom(Leefgebied leefgebied) {
        return "hulpvragen" + leefgebied.veldnaam();
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        Map<String, Object> rij = new LinkedHashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot());
        // rapportage_hulpvraag and rapportage_actie carry their case's insluitingsdatum and scope: no join needed
        String inPeriode = "insluitingsdatum between :van and :tot and "
                + bereik.voorwaarde("zvh_regio", "pi_code", "gemeente_code", parameters);
        jdbc.query("""
                select count(complexiteit), count(case when complexiteit = 'enkelvoudig' then 1 end),
                       count(case when complexiteit = 'meervoudig' then 1 end)
                from rapportage_casus where %s""".formatted(inPeriode), parameters, rs -> {
            rij.put("casussen", rs.getLong(1));
            rij.put("enkelvoudig", rs.getLong(2));
            rij.put("meervoudig", rs.getLong(3));
        });
        Map<String, Long> perLeefgebied = new LinkedHashMap<>();
        jdbc.query("""
                select leefgebied, count(*) from rapportage_hulpvraag where %s group by leefgebied""".formatted(inPeriode), parameters,
                rs -> {
                    perLeefgebied.put(rs.getString(1), rs.getLong(2));
                });
        for (Leefgebied leefgebied : Leefgebied.values()) {
            rij.put(hulpvraagkolom(leefgebied), perLeefgebied.getOrDefault(leefgebied.code(), 0L));
        }
        jdbc.query("""
                select count(*), count(case when uitgevoerd then 1 end) from rapportage_actie where %s""".formatted(inPeriode), parameters, rs -> {
            rij.put("acties", rs.getLong(1));
            rij.put("actiesUitgevoerd", rs.getLong(2));
            rij.put("percentageActiesUitgevoerd", Percentage.van(rs.getLong(2), rs.getLong(1)));
        });
        return new Rapport(naam(), "Casuïstiek: enkelvoudig en meervoudig, hulpvragen en uitvoering",
                "Casussen met insluiting in de periode waarvan de intake is gedaan.", periode.van(), periode.tot(),
                kolommen(), List.of(rij));
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
