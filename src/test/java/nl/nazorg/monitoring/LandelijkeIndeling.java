package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.List;

import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.identity.GemeenteTabel.Gemeente;

/**
 * The country the benchmark fills: the application's own regions and gemeenten (the decision table, Limburg) and
 * PIs (application.yaml), completed with synthetic ones to the national scale of 25 ZVH regions, about 340
 * gemeenten and 28 PIs. The configuration only knows Limburg; without the synthetic rest a coördinator of one
 * region would see a third of the national volume instead of about a twenty-fifth.
 */
record LandelijkeIndeling(List<Gemeente> gemeenten, List<String> pis) {

    private static final int REGIOS = 25;
    private static final int GEMEENTEN_PER_SYNTHETISCHE_REGIO = 14;
    private static final int PIS = 28;

    static LandelijkeIndeling van(GemeenteTabel tabel, PartnerAdressen adressen) {
        List<Gemeente> gemeenten = new ArrayList<>(tabel.gemeenten().values());
        long echteRegios = gemeenten.stream().map(Gemeente::regio).distinct().count();
        for (long regio = echteRegios + 1; regio <= REGIOS; regio++) {
            for (int gemeente = 1; gemeente <= GEMEENTEN_PER_SYNTHETISCHE_REGIO; gemeente++) {
                String code = "GX%02d%02d".formatted(regio, gemeente);
                gemeenten.add(new Gemeente(code, "Gemeente " + code, "regio-%02d".formatted(regio)));
            }
        }
        List<String> pis = new ArrayList<>(adressen.pis().keySet());
        for (int pi = pis.size() + 1; pi <= PIS; pi++) {
            pis.add("pi-%02d".formatted(pi));
        }
        return new LandelijkeIndeling(List.copyOf(gemeenten), List.copyOf(pis));
    }

    long regios() {
        return gemeenten.stream().map(Gemeente::regio).distinct().count();
    }
}
