package nl.nazorg.prestaties;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;

/**
 * Benchmark, not a test: Tasklist, the case read and the reports with ten years of national volume. Cases go through
 * the real process over HTTP (one to the end, ten left open at successive user tasks) and are then copied in SQL in
 * their own shape ({@link Volumevulling}): by default 300,000 closed and 20,000 open cases with their runtime rows,
 * tasks, candidate groups and task authorizations, history and reporting rows. At 1% and at 100% of that volume it
 * times, as the demo users with authorizations on: the list and count Tasklist asks for the filter "Taken van mijn
 * groepen" (HAL, with the filter's variables) for a casemanager and a coördinator, {@code GET /api/v1/detenties/{id}}
 * of an open and a closed case, and the five reports over ten years for the ketenmanager.
 * Run: {@code bash bench/run volume [--cases N]} (N closed cases; open cases N/15).
 */
public final class VolumeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int OPWARMEN = 20;
    private static final int METINGEN = 21;
    private static final String FILTER = "Taken van mijn groepen";
    private static final int OPEN_SJABLONEN = 10;

    private VolumeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int gesloten = optie(args);
        int open = Math.max(OPEN_SJABLONEN, gesloten / 15);
        Logniveau.alleenWaarschuwingen();
        System.out.printf("Tasklist, casus en rapportages bij tien jaar volume: %d afgesloten en %d open casussen; "
                + "%d cores, PostgreSQL %s%n", gesloten, open, Runtime.getRuntime().availableProcessors(), Benchdatabase.serverversie());
        Benchdatabase database = Benchdatabase.nieuw("volume");
        try (Applicatieproces app = Applicatieproces.start(LifecycleBenchmark.lancering(), database.eigenschappen(),
                Path.of("target", "bench-logs", "volume.log"))) {
            System.out.printf("Gestart in %.1f s%n", app.secondenTotGereed());
            Casusrit rit = new Casusrit(app.poort(), new Stapmetingen());
            rit.rijd("VOL-DICHT", 1);
            List<Volumevulling.Sjabloon> dicht = List.of(sjabloon(database, "VOL-DICHT"));
            List<Volumevulling.Sjabloon> opengelaten = new ArrayList<>();
            for (int taken = 0; taken < OPEN_SJABLONEN; taken++) {
                rit.rijd("VOL-OPEN-" + taken, 100 + taken, taken);
                opengelaten.add(sjabloon(database, "VOL-OPEN-" + taken));
            }
            wachtTotJobsKlaar(database);

            Volumevulling vulling = new Volumevulling(database);
            List<Meting> metingen = metingen(app.poort());
            int gesloten1 = Math.max(Volumevulling.PARTITIES, gesloten / 100);
            int open1 = Math.max(Volumevulling.PARTITIES, open / 100 / OPEN_SJABLONEN);
            long start = System.nanoTime();
            vulling.kopieer(dicht, 1, gesloten1 + 1);
            vulling.kopieer(opengelaten, 1, open1 + 1);
            vulling.analyseer();
            System.out.printf("1%%: %d afgesloten en %d open casussen gekopieerd in %.0f s%n", gesloten1,
                    open1 * OPEN_SJABLONEN, (System.nanoTime() - start) / 1e9);
            Map<String, Double> kleinEerste = eersteVraag(metingen);
            Map<String, Double> klein = meet(metingen);

            start = System.nanoTime();
            Voortgang voortgang = new Voortgang("vullen tot 100%", 20);
            for (int deel = 0; deel < 20; deel++) {
                vulling.kopieer(dicht, deel(gesloten1, gesloten, deel) + 1, deel(gesloten1, gesloten, deel + 1) + 1);
                int openPerSjabloon = open / OPEN_SJABLONEN;
                vulling.kopieer(opengelaten, deel(open1, openPerSjabloon, deel) + 1, deel(open1, openPerSjabloon, deel + 1) + 1);
                voortgang.stap();
            }
            vulling.analyseer();
            System.out.printf("100%%: %d afgesloten en %d open casussen in %.0f s; %s%n", gesloten,
                    open / OPEN_SJABLONEN * OPEN_SJABLONEN, (System.nanoTime() - start) / 1e9, rijen(database));
            Map<String, Double> grootEerste = eersteVraag(metingen);
            Map<String, Double> groot = meet(metingen);

            System.out.println();
            System.out.printf("| vraag | ms bij 1%% | ms bij 100%% | factor | doel | eerste vraag na het vullen, ms bij 1%% "
                    + "| idem bij 100%% |%n| --- | ---: | ---: | ---: | ---: | ---: | ---: |%n");
            for (Meting meting : metingen) {
                String naam = meting.naam();
                System.out.printf("| %s | %.1f | %.1f | %.2f | %s | %.1f | %.1f |%n", naam, klein.get(naam), groot.get(naam),
                        groot.get(naam) / klein.get(naam), meting.doel(), kleinEerste.get(naam), grootEerste.get(naam));
            }
        }
    }

    /** Copy numbers from {@code klein} to {@code totaal} in twenty parts. */
    private static int deel(int klein, int totaal, int deel) {
        return klein + (int) ((long) (totaal - klein) * deel / 20);
    }

    private static List<Meting> metingen(int poort) throws Exception {
        ApiKlant beheerder = new ApiKlant(poort, "beheerder");
        String filterId = JSON.readTree(beheerder.get("/engine-rest/filter?name=" + URLEncoder.encode(FILTER,
                StandardCharsets.UTF_8)).body()).get(0).get("id").asText();
        List<Meting> metingen = new ArrayList<>();
        for (String gebruiker : List.of("cm-terpeel", "coord-noord")) {
            ApiKlant klant = new ApiKlant(poort, gebruiker);
            metingen.add(new Meting("Tasklist-lijst \"" + FILTER + "\" als " + gebruiker, "≤ 1,5", () -> klant.postMet(
                    "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                    "{\"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]}", "application/hal+json")));
            metingen.add(new Meting("Tasklist-telling \"" + FILTER + "\" als " + gebruiker, "≤ 1,5",
                    () -> klant.get("/engine-rest/filter/" + filterId + "/count")));
        }
        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        // copy 25 of each template stays in Ter Peel, so the casemanager may read it
        metingen.add(new Meting("GET /api/v1/detenties/{id}, open casus, als cm-terpeel", "–",
                () -> casemanager.get("/api/v1/detenties/VOL-OPEN-5-" + Volumevulling.PARTITIES)));
        ApiKlant manager = new ApiKlant(poort, "manager");
        // a closed case is no longer the PI's: the ketenmanager reads it
        metingen.add(new Meting("GET /api/v1/detenties/{id}, afgesloten casus, als manager", "–",
                () -> manager.get("/api/v1/detenties/VOL-DICHT-" + Volumevulling.PARTITIES)));
        int jaar = LocalDate.now().getYear();
        String tienJaar = "?van=" + (jaar - 9) + "-01-01&tot=" + jaar + "-12-31";
        for (String rapport : List.of("informatiebladen", "termijnen", "casuistiek", "zelfmelders")) {
            metingen.add(new Meting("rapportage " + rapport + ", 10 jaar, ketenmanager", "≤ 3",
                    () -> manager.get("/api/v1/rapportages/" + rapport + tienJaar)));
        }
        metingen.add(new Meting("rapportage uitstroom, " + jaar + ", ketenmanager", "≤ 3",
                () -> manager.get("/api/v1/rapportages/uitstroom?jaar=" + jaar)));
        return metingen;
    }

    /**
     * Per question its first request after a load: for the reports every month counted afresh (the load raised the
     * versions of all months), later requests take them from the report cache.
     */
    private static Map<String, Double> eersteVraag(List<Meting> metingen) {
        Map<String, Double> ms = new LinkedHashMap<>();
        for (Meting meting : metingen) {
            long start = System.nanoTime();
            meting.vraag();
            ms.put(meting.naam(), (System.nanoTime() - start) / 1e6);
        }
        return ms;
    }

    /**
     * Per question the median of 21 requests, after twenty rounds of warming up (JIT, pools, caches). At 1% a count
     * takes 6-12 ms, and the median of seven still moved by milliseconds between runs.
     */
    private static Map<String, Double> meet(List<Meting> metingen) {
        for (int i = 0; i < OPWARMEN; i++) {
            metingen.forEach(Meting::vraag);
        }
        Map<String, Double> mediaan = new LinkedHashMap<>();
        for (Meting meting : metingen) {
            double[] ms = new double[METINGEN];
            for (int i = 0; i < METINGEN; i++) {
                long start = System.nanoTime();
                meting.vraag();
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            mediaan.put(meting.naam(), ms[METINGEN / 2]);
        }
        return mediaan;
    }

    private static Volumevulling.Sjabloon sjabloon(Benchdatabase database, String detentieId) throws SQLException {
        try (Connection verbinding = database.verbinding();
             PreparedStatement sql = verbinding.prepareStatement("select process_instance_id from casus where detentie_id = ?")) {
            sql.setString(1, detentieId);
            try (ResultSet rij = sql.executeQuery()) {
                if (!rij.next()) {
                    throw new IllegalStateException("Sjabloon " + detentieId + " ontbreekt");
                }
                return new Volumevulling.Sjabloon(detentieId, rij.getString(1));
            }
        }
    }

    /** The templates' async steps done, so they are copied at rest. */
    private static void wachtTotJobsKlaar(Benchdatabase database) throws SQLException {
        for (int i = 0; i < 600; i++) {
            if (tel(database, "select count(*) from act_ru_job where type_ = 'message'") == 0) {
                return;
            }
            Applicatieproces.slaap(100);
        }
        throw new IllegalStateException("Asynchrone stappen van de sjablonen na 60 s niet klaar");
    }

    private static String rijen(Benchdatabase database) throws SQLException {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        for (String tabel : List.of("act_ru_task", "act_ru_authorization", "act_hi_procinst", "act_hi_actinst",
                "act_hi_varinst", "rapportage_casus")) {
            aantallen.put(tabel, tel(database, "select count(*) from " + tabel));
        }
        return aantallen.entrySet().stream().map(rij -> rij.getKey() + " " + rij.getValue()).collect(Collectors.joining(", "));
    }

    private static long tel(Benchdatabase database, String sql) throws SQLException {
        try (Connection verbinding = database.verbinding();
             Statement opdracht = verbinding.createStatement(); ResultSet rij = opdracht.executeQuery(sql)) {
            rij.next();
            return rij.getLong(1);
        }
    }

    private static int optie(String[] args) {
        if (args.length == 0) {
            return 300_000;
        }
        if (args.length != 2 || !args[0].equals("--cases") || !args[1].matches("[1-9]\\d*")) {
            throw new IllegalArgumentException("Gebruik: bash bench/run volume [--cases N]");
        }
        return Integer.parseInt(args[1]);
    }

    /** One timed question; {@code doel} is the target for the factor between 1% and 100%. */
    private record Meting(String naam, String doel, Supplier<HttpResponse<String>> verzoek) {

        void vraag() {
            HttpResponse<String> antwoord = verzoek.get();
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException(naam + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
            }
        }
    }
}
