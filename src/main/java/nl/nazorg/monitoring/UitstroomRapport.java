package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.nazorg.identity.GemeenteTabel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bijlage 2 of the memo: uitstroom of nazorgkandidaten per uitstroomgemeente, man/vrouw, grouped by region.
 * A case counts in the year of the uitstroomdatum of its uit-detentiemelding, whether or not the handover is done.
 */
@Component
class UitstroomRapport implements Rapportsoort {

    private static final List<Rapport.Kolom> KOLOMMEN = List.of(
            new Rapport.Kolom("soort", "Soort rij", "gemeente, subtotaal (per regio) of totaal"),
            new Rapport.Kolom("gemeente", "Gemeente", "de uitstroomgemeente uit de uit-detentiemelding"),
            new Rapport.Kolom("gemeenteCode", "CBS-code", "CBS-code van de gemeente"),
            new Rapport.Kolom("regio", "Regio", "het Zorg- en Veiligheidshuis van de gemeente"),
            new Rapport.Kolom("man", "Man", "uitgestroomde mannen in het jaar"),
            new Rapport.Kolom("vrouw", "Vrouw", "uitgestroomde vrouwen in het jaar"),
            new Rapport.Kolom("totaal", "Totaal", "alle uitgestroomden in het jaar (ook met geslacht X of onbekend)"));

    private final NamedParameterJdbcTemplate jdbc;
    private final GemeenteTabel gemeenten;
    private final Maandcache maandcache;

    UitstroomRapport(NamedParameterJdbcTemplate jdbc, GemeenteTabel gemeenten, Maandcache maandcache) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.maandcache = maandcache;
    }

    @Override
    public String naam() {
        return "uitstroom";
    }

    private record Telling(long man, long vrouw, long totaal) {
        static final Telling NUL = new Telling(0, 0, 0);

        Telling plus(Telling andere) {
            return new Telling(man + andere.man, vrouw + andere.vrouw, totaal + andere.totaal);
        }
    }

    private record Gemeenterij(String code, String regio) {
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        Map<Gemeenterij, Telling> tellingen = maandcache.som(naam(), periode, bereik, 0,
                deel -> telPerMaand(deel, bereik), (een, ander) -> Maandcache.opgeteld(een, ander, Telling::plus), Map.of());
        // The whole country has hundreds of gemeenten: a national view lists the regions with uitstroom, each in full
        // (Bijlage 2 lists a gemeente of such a region even at zero); a region's own view lists its region.
        Set<String> regiosMetUitstroom = tellingen.keySet().stream().map(Gemeenterij::regio).collect(Collectors.toSet());
        Map<String, Set<String>> gemeentenPerRegio = new LinkedHashMap<>();
        for (GemeenteTabel.Gemeente gemeente : gemeenten.gemeenten().values()) {
            if ((bereik.alles() && regiosMetUitstroom.contains(gemeente.regio())) || bereik.regios().contains(gemeente.regio())
                    || bereik.gemeenten().contains(gemeente.code())) {
                gemeentenPerRegio.computeIfAbsent(gemeente.regio(), r -> new LinkedHashSet<>()).add(gemeente.code());
            }
        }
        tellingen.keySet().stream().sorted(Comparator.comparing(Gemeenterij::code)).forEach(g -> gemeentenPerRegio.computeIfAbsent(g.regio(), r -> new LinkedHashSet<>()).add(g.code()));

        List<Map<String, Object>> rijen = new ArrayList<>();
        Telling totaal = Telling.NUL;
        for (Map.Entry<String, Set<String>> regio : gemeentenPerRegio.entrySet()) {
            Telling subtotaal = Telling.NUL;
            for (String code : regio.getValue()) {
                Telling telling = tellingen.getOrDefault(new Gemeenterij(code, regio.getKey()), Telling.NUL);
                rijen.add(rij("gemeente", gemeentenaam(code), code.isEmpty() ? null : code, regio.getKey(), telling));
                subtotaal = subtotaal.plus(telling);
            }
            rijen.add(rij("subtotaal", "Totaal " + regionaam(regio.getKey()), null, regio.getKey(), subtotaal));
            totaal = totaal.plus(subtotaal);
        }
        rijen.add(rij("totaal", "Totaal", null, null, totaal));
        return new Rapport(naam(), "Aantallen uitstroom nazorgkandidaten " + periode.van().getYear(),
                "Zoals Bijlage 2 van het werkproces: per uitstroomgemeente de uit-detentiemeldingen met een uitstroomdatum "
                        + "in het jaar, naar geslacht, per regio opgeteld.", periode.van(), periode.tot(), KOLOMMEN, rijen);
    }

    private Map<Integer, Map<Gemeenterij, Telling>> telPerMaand(Periode periode, Bereik bereik) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot());
        Map<Integer, Map<Gemeenterij, Telling>> perMaand = new HashMap<>();
        jdbc.query("""
                select %1$s, coalesce(uitstroomgemeente_code, ''), uitstroomregio,
                       count(case when geslacht = 'M' then 1 end), count(case when geslacht = 'V' then 1 end), count(*)
                from rapportage_casus
                where uitstroomdatum between :van and :tot and %2$s
                group by %1$s, uitstroomgemeente_code, uitstroomregio"""
                        .formatted(Maandversies.maandVan("uitstroomdatum"),
                                bereik.voorwaarde("uitstroomregio", "pi_code", "uitstroomgemeente_code", parameters)),
                parameters, rs -> {
                    perMaand.computeIfAbsent(rs.getInt(1), maand -> new HashMap<>()).merge(
                            new Gemeenterij(rs.getString(2), rs.getString(3)),
                            new Telling(rs.getLong(4), rs.getLong(5), rs.getLong(6)), Telling::plus);
                });
        perMaand.replaceAll((maand, perGemeente) -> Map.copyOf(perGemeente));
        return perMaand;
    }

    private String gemeentenaam(String code) {
        if (code.isEmpty()) {
            return "Onbekend";
        }
        return gemeenten.zoek(code).map(GemeenteTabel.Gemeente::naam).orElse(code);
    }

    static String regionaam(String regio) {
        if (Rapportagetabellen.BUITEN_REGIO.equals(regio)) {
            return "buiten de regio's";
        }
        StringBuilder naam = new StringBuilder();
        for (String deel : regio.split("-")) {
            naam.append(naam.isEmpty() ? "" : "-").append(deel.substring(0, 1).toUpperCase(Locale.ROOT)).append(deel.substring(1));
        }
        return naam.toString();
    }

    private static Map<String, Object> rij(String soort, String gemeente, String code, String regio, Telling telling) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("soort", soort);
        rij.put("gemeente", gemeente);
        rij.put("gemeenteCode", code);
        rij.put("regio", regio);
        rij.put("man", telling.man());
        rij.put("vrouw", telling.vrouw());
        rij.put("totaal", telling.totaal());
        return rij;
    }
}
