package nl.nazorg.monitoring;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.ApiKlant;

/** Times a report over real HTTP as its user: the median of a few requests, in milliseconds. */
final class Rapportmeting {

    private static final int OPWARMEN = 3;
    private static final int METINGEN = 7;

    private final int poort;

    Rapportmeting(int poort) {
        this.poort = poort;
    }

    /**
     * Before timing anything: JIT, connection pool and PostgreSQL's caches warm for every request. Returns the time of
     * each question's first request: every month of its period counted, none yet in the report cache.
     */
    Map<Rapportvraag, Double> warmOp(List<Rapportvraag> vragen) {
        Map<Rapportvraag, Double> eerste = new LinkedHashMap<>();
        for (int i = 0; i < OPWARMEN; i++) {
            for (Rapportvraag vraag : vragen) {
                long start = System.nanoTime();
                vraagOp(new ApiKlant(poort, vraag.kijker().login), vraag.pad());
                eerste.putIfAbsent(vraag, (System.nanoTime() - start) / 1e6);
            }
        }
        return eerste;
    }

    double mediaanMs(Rapportvraag vraag) {
        ApiKlant klant = new ApiKlant(poort, vraag.kijker().login);
        vraagOp(klant, vraag.pad());
        double[] ms = new double[METINGEN];
        for (int i = 0; i < METINGEN; i++) {
            long start = System.nanoTime();
            vraagOp(klant, vraag.pad());
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[METINGEN / 2];
    }

    private static void vraagOp(ApiKlant klant, String pad) {
        HttpResponse<String> antwoord = klant.get(pad);
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException(pad + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
        }
    }
}
