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

/**
 * What the memo is for (issue 21): of the people who left detention in the period, per PI, how many had their warme
 * overdracht started before the release, and how many had every leefgebied with a hulpvraag arranged (an action on it
 * carried out) before they left.
 */
@Component
class UitstroomvoorbereidingRapport implements Rapportsoort {

    private static final List<Rapport.Kolom> KOLOMMEN = List.of(
            new Rapport.Kolom("soort", "Soort rij", "pi voor een inrichting, totaal voor de optelling"),
            new Rapport.Kolom("pi", "Penitentiaire inrichting", "de PI waar de detentie begon"),
            new Rapport.Kolom("piCode", "PI-code", "code van de PI"),
            new Rapport.Kolom("uitgestroomd", "Uitgestroomd", "casussen met een uitstroomdatum in de periode"),
            new Rapport.Kolom("overdrachtVoorUitstroom", "Overdracht vóór uitstroom",
                    "van die casussen: de warme overdracht begon voor de uitstroomdatum"),
            new Rapport.Kolom("percentageOverdrachtVoorUitstroom", "Percentage overdracht vóór uitstroom",
                    "als deel van de uitgestroomden, afgerond op hele procenten"),
            new Rapport.Kolom("metHulpvraag", "Met hulpvraag", "uitgestroomden met een hulpvraag op een of meer leefgebieden"),
            new Rapport.Kolom("leefgebiedenGeregeld", "Leefgebieden geregeld",
                    "van die casussen: op elk leefgebied met een hulpvraag een actie uitgevoerd vóór of op de uitstroomdatum"),
            new Rapport.Kolom("percentageLeefgebiedenGeregeld", "Percentage geregeld",
                    "als deel van de uitgestroomden met een hulpvraag, afgerond op hele procenten"));

    private final NamedParameterJdbcTemplate jdbc;
    private final PartnerAdressen adressen;
    private final Maandcache maandcache;

    UitstroomvoorbereidingRapport(NamedParameterJdbcTemplate jdbc, PartnerAdressen adressen, Maandcache maandcache) {
        this.jdbc = jdbc;
        this.adressen = adressen;
        this.maandcache = maandcache;
    }

    @Override
    public String naam() {
        return "uitstroomvoorbereiding";
    }

    private record Telling(long uitgestroomd, long overdrachtVoorUitstroom, long metHulpvraag, long geregeld) {
        static final Telling NUL = new Telling(0, 0, 0, 0);

        Telling plus(Telling andere) {
            return new Telling(uitgestroomd + andere.uitgestroomd, overdrachtVoorUitstroom + andere.overdrachtVoorUitstroom,
                    metHulpvraag + andere.metHulpvraag, geregeld + andere.geregeld);
        }
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        Map<String, Telling> perPi = maandcache.som(naam(), periode, bereik, 0, deel -> telPerMaand(deel, bereik),
                (een, ander) -> Maandcache.opgeteld(een, ander, Telling::plus), Map.of());
        List<Map<String, Object>> rijen = new ArrayList<>();
        Telling totaal = Telling.NUL;
        for (String pi : bereik.teTonenPis(adressen.pis().keySet(), perPi.keySet())) {
            Telling telling = perPi.getOrDefault(pi, Telling.NUL);
            rijen.add(rij("pi", adressen.piNaam(pi), pi, telling));
            totaal = totaal.plus(telling);
        }
        rijen.add(rij("totaal", "Totaal", null, totaal));
        return new Rapport(naam(), "Uitstroom voorbereid: overdracht en leefgebieden vóór de uitstroom",
                "Per PI de casussen met een uitstroomdatum in de periode: begon de warme overdracht voor de uitstroom, en "
                        + "was op elk leefgebied met een hulpvraag een actie uitgevoerd?", periode.van(), periode.tot(),
                KOLOMMEN, rijen);
    }

    private Map<Integer, Map<String, Telling>> telPerMaand(Periode periode, Bereik bereik) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot());
        Map<Integer, Map<String, Telling>> perMaand = new HashMap<>();
        jdbc.query("""
                select %1$s, c.pi_code, count(*),
                       count(case when c.overdracht_gestart_op < c.uitstroomdatum then 1 end),
                       count(case when exists (select 1 from rapportage_hulpvraag h where h.detentie_id = c.detentie_id)
                                  then 1 end),
                       count(case when exists (select 1 from rapportage_hulpvraag h where h.detentie_id = c.detentie_id)
                                   and not exists (
                                       select 1 from rapportage_hulpvraag h
                                       where h.detentie_id = c.detentie_id
                                         and not exists (select 1 from rapportage_actie a
                                                         where a.detentie_id = h.detentie_id and a.leefgebied = h.leefgebied
                                                           and a.uitgevoerd and a.afgehandeld_op <= c.uitstroomdatum))
                                  then 1 end)
                from rapportage_casus c
                where c.uitstroomdatum between :van and :tot and %2$s
                group by %1$s, c.pi_code""".formatted(Maandversies.maandVan("c.uitstroomdatum"),
                        bereik.voorwaarde("c.zvh_regio", "c.pi_code", "c.gemeente_code", parameters)),
                parameters, rs -> {
                    perMaand.computeIfAbsent(rs.getInt(1), maand -> new HashMap<>()).put(rs.getString(2),
                            new Telling(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                });
        perMaand.replaceAll((maand, perPi) -> Collections.unmodifiableMap(perPi));
        return perMaand;
    }


    private static Map<String, Object> rij(String soort, String naam, String code, Telling telling) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("soort", soort);
        rij.put("pi", naam);
        rij.put("piCode", code);
        rij.put("uitgestroomd", telling.uitgestroomd());
        rij.put("overdrachtVoorUitstroom", telling.overdrachtVoorUitstroom());
        rij.put("percentageOverdrachtVoorUitstroom", Percentage.van(telling.overdrachtVoorUitstroom(), telling.uitgestroomd()));
        rij.put("metHulpvraag", telling.metHulpvraag());
        rij.put("leefgebiedenGeregeld", telling.geregeld());
        rij.put("percentageLeefgebiedenGeregeld", Percentage.van(telling.geregeld(), telling.metHulpvraag()));
        return rij;
    }
}
