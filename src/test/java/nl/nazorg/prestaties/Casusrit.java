package nl.nazorg.prestaties;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.ApiKlant;
import nl.nazorg.demo.Proefpersonen;

/**
 * One case through the whole {@code nazorg} process over HTTP, as in real use: the PI's melding and uit-detentiemelding
 * through /api/v1 as {@code koppeling}, every user task found and completed through Camunda's REST API by the demo user
 * whose group it is (as Tasklist does), and the async steps left to the job executor. A person in Venlo (Noord-Limburg)
 * in PI Ter Peel, no ZVH client, two hulpvragen and so a meervoudige casus with two actions.
 */
final class Casusrit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_WACHTTIJD_NANOS = 120_000_000_000L;
    private static final int MAX_POGINGEN = 5;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final int poort;
    private final Stapmetingen metingen;
    private final Map<String, ApiKlant> klanten = new HashMap<>();

    /** One per client thread: its HTTP connections are not shared. */
    Casusrit(int poort, Stapmetingen metingen) {
        this.poort = poort;
        this.metingen = metingen;
    }

    void rijd(String detentieId, long seed) {
        rijd(detentieId, seed, Integer.MAX_VALUE);
    }

    /**
     * The case from melding on; after {@code taken} completed user tasks (before uit-detentie) it stops and is left
     * waiting at its next user task, as an open case in Tasklist. {@link Integer#MAX_VALUE}: to the end.
     */
    void rijd(String detentieId, long seed, int taken) {
        long start = System.nanoTime();
        LocalDate vandaag = LocalDate.now(ZONE);
        long stap = System.nanoTime();
        verwacht(201, klant("koppeling").post("/api/v1/detenties", melding(detentieId, new Random(seed), vandaag)));
        metingen.leg("melding (POST /api/v1/detenties)", stap);

        List<Taakstap> taakstappen = taakstappen(vandaag);
        for (int i = 0; i < taakstappen.size(); i++) {
            Taakstap taakstap = taakstappen.get(i);
            if (i == taken) {
                wachtOpTaak(detentieId, taakstap.taakKey(), taakstap.gebruiker());
                return;
            }
            voltooi(detentieId, taakstap.taakKey(), taakstap.gebruiker(), taakstap.variabelen());
        }

        stap = System.nanoTime();
        verwacht(202, klant("koppeling").post("/api/v1/detenties/" + detentieId + "/uitstroom",
                "{\"uitstroomdatum\": \"%s\", \"uitstroomgemeenteCode\": \"GM0983\"}".formatted(vandaag)));
        metingen.leg("uit-detentiemelding (POST …/uitstroom)", stap);
        voltooi(detentieId, "Task_WarmeOverdracht", "cm-terpeel", Map.of(
                "openActies", tekst("Geen"), "eersteContactNaUitstroom", tekst("Eerste week na uitstroom")));

        stap = System.nanoTime();
        wachtTotAfgesloten(detentieId);
        metingen.leg("wachten: overdracht versturen en casus afsluiten (jobs)", stap);
        metingen.leg("casus van melding tot afgesloten", start);
    }

    /** The user tasks before uit-detentie, in the order a case meets them, by the demo user whose group it is. */
    private static List<Taakstap> taakstappen(LocalDate vandaag) {
        Map<String, Object> afgemeld = Map.of("uitgevoerd", bool(true), "toelichting", tekst("Afgemeld"));
        return List.of(
                new Taakstap("Task_BeoordeelBekendheid", "zvh-noord", Map.of("zvhClient", bool(false))),
                new Taakstap("Task_ContactLeggen", "cm-terpeel", Map.of()),
                new Taakstap("Task_ProcesAfstemmen", "coord-noord", Map.of()),
                new Taakstap("Task_Intakegesprek", "cm-terpeel", intake()),
                new Taakstap("Task_Informatieblad", "cm-terpeel", Map.of()),
                new Taakstap("Task_VerrijkInformatie", "cm-terpeel", Map.of()),
                new Taakstap("Task_GesprekComplexeCasus", "coord-noord", Map.of("opschalen", bool(false))),
                new Taakstap("Task_ConceptPlanOpstellen", "cm-terpeel", Map.of("actielijst", actielijst(vandaag.plusDays(30)))),
                new Taakstap("Task_PlanVaststellen", "mdo-terpeel", Map.of("planVastgesteld", bool(true))),
                new Taakstap("Task_ActieUitvoeren", "cm-terpeel", afgemeld),
                new Taakstap("Task_ActieUitvoeren", "cm-terpeel", afgemeld));
    }

    private record Taakstap(String taakKey, String gebruiker, Map<String, Object> variabelen) {
    }

    /** The wait until the task exists is the async steps before it (job executor); completing it is one request. */
    private void voltooi(String detentieId, String taakKey, String gebruiker, Map<String, Object> variabelen) {
        ApiKlant klant = klant(gebruiker);
        String taakId = wachtOpTaak(detentieId, taakKey, gebruiker);
        long stap = System.nanoTime();
        String voltooiing = schrijf(Map.of("variables", variabelen));
        HttpResponse<String> antwoord = klant.post("/engine-rest/task/" + taakId + "/complete", voltooiing);
        for (int poging = 1; isConflict(antwoord) && poging < MAX_POGINGEN; poging++) {
            metingen.telConflict(taakKey);
            antwoord = klant.post("/engine-rest/task/" + taakId + "/complete", voltooiing);
        }
        verwacht(204, antwoord);
        metingen.leg("voltooien: " + taakKey, stap);
    }

    private String wachtOpTaak(String detentieId, String taakKey, String gebruiker) {
        ApiKlant klant = klant(gebruiker);
        String zoekvraag = "/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(detentieId, StandardCharsets.UTF_8)
                + "&taskDefinitionKey=" + taakKey + "&maxResults=1";
        long stap = System.nanoTime();
        String taakId = wachtOp(detentieId, taakKey, () -> {
            JsonNode taken = lees(verwacht(200, klant.get(zoekvraag)));
            return taken.isEmpty() ? null : taken.get(0).get("id").asText();
        });
        metingen.leg("wachten: " + taakKey, stap);
        return taakId;
    }

    /**
     * A job of a parallel branch changed the same execution (OptimisticLockingException, ENGINE-03005): the engine
     * rolled back and the user in Tasklist sees an error and completes the task again, as here.
     */
    private static boolean isConflict(HttpResponse<String> antwoord) {
        return antwoord.statusCode() == 500 && antwoord.body().contains("ENGINE-03005");
    }

    private void wachtTotAfgesloten(String detentieId) {
        ApiKlant beheerder = klant("beheerder");
        String telling = "/engine-rest/process-instance/count?businessKey=" + URLEncoder.encode(detentieId, StandardCharsets.UTF_8);
        wachtOp(detentieId, "het einde van de casus",
                () -> lees(verwacht(200, beheerder.get(telling))).get("count").asLong() == 0 ? "afgesloten" : null);
    }

    /** Polls as Tasklist's refresh would, quickly at first: most async steps take a few tens of milliseconds. */
    private static String wachtOp(String detentieId, String wat, Supplier<String> poging) {
        long start = System.nanoTime();
        long pauzeMs = 5;
        while (true) {
            String gevonden = poging.get();
            if (gevonden != null) {
                return gevonden;
            }
            if (System.nanoTime() - start > MAX_WACHTTIJD_NANOS) {
                throw new IllegalStateException("Casus " + detentieId + ": " + wat
                        + " na 120 s nog niet bereikt (incident? zie het log van de applicatie)");
            }
            Applicatieproces.slaap(pauzeMs);
            pauzeMs = Math.min(pauzeMs * 2, 50);
        }
    }

    private ApiKlant klant(String gebruiker) {
        return klanten.computeIfAbsent(gebruiker, g -> new ApiKlant(poort, g));
    }

    private static String melding(String detentieId, Random toeval, LocalDate vandaag) {
        Map<String, Object> melding = new LinkedHashMap<>();
        melding.put("detentieId", detentieId);
        melding.put("bsn", Proefpersonen.bsn(toeval));
        melding.put("achternaam", Proefpersonen.achternaam(toeval));
        melding.put("voorletters", Proefpersonen.voorletters(toeval));
        melding.put("geboortedatum", "1990-05-17");
        melding.put("geslacht", "M");
        melding.put("gemeenteCode", "GM0983");
        melding.put("piCode", "ter-peel");
        melding.put("insluitingsdatum", vandaag.toString());
        melding.put("voorlopigeHechtenis", false);
        melding.put("verwachteUitstroomdatum", vandaag.plusDays(90).toString());
        return schrijf(melding);
    }

    /** The intake form: a hulpvraag on huisvesting and werk en inkomen, none on the other leefgebieden. */
    private static Map<String, Object> intake() {
        Map<String, Object> antwoorden = new HashMap<>();
        for (String leefgebied : List.of("IdBewijs", "Huisvesting", "WerkInkomen", "Schulden", "Zorg", "SociaalNetwerk", "Herstel")) {
            antwoorden.put("hulpvraag" + leefgebied, bool(leefgebied.equals("Huisvesting") || leefgebied.equals("WerkInkomen")));
        }
        return antwoorden;
    }

    private static Map<String, Object> actielijst(LocalDate streefdatum) {
        String acties = List.of("huisvesting", "werk-inkomen").stream()
                .map(leefgebied -> "{\"omschrijving\": \"Actie %s\", \"leefgebied\": \"%s\", \"partij\": \"casemanager\", \"streefdatum\": \"%s\"}"
                        .formatted(leefgebied, leefgebied, streefdatum))
                .reduce((a, b) -> a + "," + b).map(lijst -> "[" + lijst + "]").orElseThrow();
        return Map.of("value", acties, "type", "Json");
    }

    private static Map<String, Object> bool(boolean waarde) {
        return Map.of("value", waarde, "type", "Boolean");
    }

    private static Map<String, Object> tekst(String waarde) {
        return Map.of("value", waarde, "type", "String");
    }

    private static HttpResponse<String> verwacht(int status, HttpResponse<String> antwoord) {
        if (antwoord.statusCode() != status) {
            throw new IllegalStateException(antwoord.request().method() + " " + antwoord.request().uri().getPath() + " gaf "
                    + antwoord.statusCode() + " in plaats van " + status + ": " + antwoord.body());
        }
        return antwoord;
    }

    private static JsonNode lees(HttpResponse<String> antwoord) {
        try {
            return JSON.readTree(antwoord.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Geen JSON van " + antwoord.request().uri().getPath(), e);
        }
    }

    private static String schrijf(Object waarde) {
        try {
            return JSON.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
