package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.nazorg.api.ApiGebruiker;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What part of the chain a caller's figures cover: everything (ketenmanager, beheer), or the cases of their
 * regions (ZVH-administratie, coördinator nazorg, procesregisseur), their PI (casemanager, MDO) or their gemeente.
 */
public record Bereik(boolean alles, Set<String> regios, Set<String> pis, Set<String> gemeenten) {

    private static final List<String> REGIOGROEPEN = List.of("zvh-administratie-", "coordinator-nazorg-", "procesregisseur-");
    private static final List<String> PIGROEPEN = List.of("casemanager-", "mdo-");
    private static final String GEMEENTEGROEP = "gemeente-";

    public static Bereik allesZien() {
        return new Bereik(true, Set.of(), Set.of(), Set.of());
    }

    /** What this caller may see: everything for the chain-wide roles, else what their groups give. */
    public static Bereik van(ApiGebruiker gebruiker) {
        return gebruiker.zietAlleCasussen() ? allesZien() : vanGroepen(gebruiker.groepen());
    }

    public static Bereik vanGroepen(Collection<String> groepen) {
        return new Bereik(false, achter(groepen, REGIOGROEPEN), achter(groepen, PIGROEPEN),
                achter(groepen, List.of(GEMEENTEGROEP)));
    }

    public boolean isLeeg() {
        return !alles && regios.isEmpty() && pis.isEmpty() && gemeenten.isEmpty();
    }

    /**
     * The SQL condition that keeps the visible rows, with its parameters added to {@code parameters}.
     * A column that is {@code null} does not take part (zelfmelders have no PI).
     */
    /**
     * The PIs a per-PI report shows: every known PI for whoever sees a whole region or more, otherwise the caller's own;
     * then any other PI that has figures.
     */
    Set<String> teTonenPis(Collection<String> bekendePis, Set<String> metCijfers) {
        Set<String> teTonen = new LinkedHashSet<>();
        if (alles || !regios.isEmpty()) {
            teTonen.addAll(bekendePis);
        } else {
            bekendePis.stream().filter(pis::contains).forEach(teTonen::add);
        }
        teTonen.addAll(new TreeSet<>(metCijfers));
        return teTonen;
    }

    String voorwaarde(String regioKolom, String piKolom, String gemeenteKolom, MapSqlParameterSource parameters) {
        if (alles) {
            return "1 = 1";
        }
        List<String> delen = new ArrayList<>();
        delen.add("1 = 0");
        voegToe(delen, regioKolom, "bereikRegios", regios, parameters);
        voegToe(delen, piKolom, "bereikPis", pis, parameters);
        voegToe(delen, gemeenteKolom, "bereikGemeenten", gemeenten, parameters);
        return "(" + String.join(" or ", delen) + ")";
    }

    private static void voegToe(List<String> delen, String kolom, String naam, Set<String> waarden,
                                MapSqlParameterSource parameters) {
        if (kolom != null && !waarden.isEmpty()) {
            delen.add(kolom + " in (:" + naam + ")");
            parameters.addValue(naam, waarden);
        }
    }

    private static Set<String> achter(Collection<String> groepen, List<String> voorvoegsels) {
        Set<String> waarden = new LinkedHashSet<>();
        for (String groep : groepen) {
            voorvoegsels.stream().filter(groep::startsWith).findFirst()
                    .ifPresent(voorvoegsel -> waarden.add(groep.substring(voorvoegsel.length())));
        }
        return Set.copyOf(waarden);
    }
}
