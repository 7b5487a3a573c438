package nl.nazorg.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import nl.nazorg.beeldvorming.Leefgebied;
import nl.nazorg.melding.EersteDagsmelding;
import nl.nazorg.zelfmelder.Zelfmeldermelding;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Turns people into the steps of their cases, the way the memo describes the work: melding, binnenkomst,
 * intake, informatieblad, plan and actions, uit-detentiemelding and warme overdracht. Dates are drawn within
 * the memo's deadlines, some beyond them, so the reports show deadlines met and missed.
 */
@Component
@Profile("demo")
public class Jaarsimulatie {

    /** One detainee. {@code uitstroom} is null while still detained. */
    public record Persoon(String detentieId, String piCode, boolean informatieblad, String gemeenteCode, String geslacht,
                          LocalDate insluiting, LocalDate uitstroom) {
    }

    /** One zelfmelder: whether the gemeente makes its plan, and whether uitstel is asked (and granted). */
    public record Zelfmelder(String zelfmelderId, String gemeenteCode, String geslacht, LocalDate melding,
                             LocalDate oproepdatum, boolean plan, boolean uitstel) {
    }

    private static final List<Leefgebied> VAAK = List.of(Leefgebied.HUISVESTING, Leefgebied.WERK_INKOMEN,
            Leefgebied.ID_BEWIJS, Leefgebied.SCHULDEN, Leefgebied.HUISVESTING, Leefgebied.WERK_INKOMEN, Leefgebied.ZORG,
            Leefgebied.SOCIAAL_NETWERK, Leefgebied.HERSTEL);

    private final Casusverloop verloop;

    public Jaarsimulatie(Casusverloop verloop) {
        this.verloop = verloop;
    }

    /**
     * A year of people in the proportions of Bijlage 1 (PI, informatieblad) and Bijlage 2 (gemeente, man/vrouw):
     * {@code aantal} people detained between {@code van} and {@code vandaag}, about 70% released within two months.
     */
    public static List<Persoon> volgensMemo(int aantal, LocalDate van, LocalDate vandaag, RandomGenerator toeval) {
        List<String> pis = new ArrayList<>();
        List<Boolean> informatiebladen = new ArrayList<>();
        Map<String, Integer> instroom = new LinkedHashMap<>();
        MemoCijfers.BIJLAGE_1.forEach((pi, cijfers) -> instroom.put(pi, cijfers.instroom()));
        geschaald(instroom, aantal).forEach((pi, n) -> {
            MemoCijfers.PiCijfers cijfers = MemoCijfers.BIJLAGE_1.get(pi);
            int metBlad = Math.round((float) n * cijfers.informatiebladen() / cijfers.instroom());
            for (int i = 0; i < n; i++) {
                pis.add(pi);
                informatiebladen.add(i < metBlad);
            }
        });
        List<String[]> gemeenten = gemeentenEnGeslacht(aantal);
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            volgorde.add(i);
        }
        Collections.shuffle(volgorde, new java.util.Random(toeval.nextLong()));
        int dagen = (int) ChronoUnit.DAYS.between(van, vandaag);
        List<Persoon> personen = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            LocalDate insluiting = van.plusDays(toeval.nextInt(Math.max(1, dagen)));
            int duur = toeval.nextDouble() < 0.7 ? 7 + toeval.nextInt(54) : 61 + toeval.nextInt(300);
            LocalDate uitstroom = insluiting.plusDays(duur);
            String[] gemeente = gemeenten.get(volgorde.get(i));
            personen.add(new Persoon("DEMO-%s-%04d".formatted(insluiting.getYear(), i + 1), pis.get(i), informatiebladen.get(i),
                    gemeente[0], gemeente[1], insluiting, uitstroom.isBefore(vandaag) ? uitstroom : null));
        }
        personen.sort(Comparator.comparing(Persoon::insluiting));
        return personen;
    }

    /** Gemeente and geslacht for {@code aantal} people, in the proportions of Bijlage 2. */
    public static List<String[]> gemeentenEnGeslacht(int aantal) {
        Map<String, Integer> perGemeenteEnGeslacht = new LinkedHashMap<>();
        MemoCijfers.BIJLAGE_2.forEach((gemeente, uitstroom) -> {
            perGemeenteEnGeslacht.put(gemeente + "/M", uitstroom.man());
            perGemeenteEnGeslacht.put(gemeente + "/V", uitstroom.vrouw());
        });
        List<String[]> resultaat = new ArrayList<>();
        geschaald(perGemeenteEnGeslacht, aantal).forEach((sleutel, n) -> {
            for (int i = 0; i < n; i++) {
                resultaat.add(sleutel.split("/"));
            }
        });
        return resultaat;
    }

    /** Scales counts to a new total by largest remainder, so the parts add up exactly. */
    static <K> Map<K, Integer> geschaald(Map<K, Integer> aantallen, int totaal) {
        int som = aantallen.values().stream().mapToInt(Integer::intValue).sum();
        Map<K, Integer> geschaald = new LinkedHashMap<>();
        List<Map.Entry<K, Double>> resten = new ArrayList<>();
        int verdeeld = 0;
        for (Map.Entry<K, Integer> aantal : aantallen.entrySet()) {
            double exact = (double) aantal.getValue() * totaal / som;
            geschaald.put(aantal.getKey(), (int) exact);
            verdeeld += (int) exact;
            resten.add(Map.entry(aantal.getKey(), exact - (int) exact));
        }
        resten.sort(Map.Entry.<K, Double>comparingByValue().reversed());
        for (int i = 0; i < totaal - verdeeld; i++) {
            geschaald.merge(resten.get(i).getKey(), 1, Integer::sum);
        }
        return geschaald;
    }

    /** How far the simulated work goes: up to the uitstroom, or also plans, actions and the warme overdracht. */
    public enum Diepte { TOT_UITSTROOM, VOLLEDIG }

    /** The steps of these people's cases; a step for a case that has moved on (released early) does nothing. */
    public void voegToe(Draaiboek draaiboek, List<Persoon> personen, Diepte diepte, RandomGenerator toeval) {
        for (Persoon persoon : personen) {
            voegToe(draaiboek, persoon, diepte == Diepte.VOLLEDIG, toeval);
        }
    }

    private void voegToe(Draaiboek draaiboek, Persoon p, boolean volledig, RandomGenerator toeval) {
        String id = p.detentieId();
        LocalDate s = p.insluiting();
        draaiboek.op(s, () -> verloop.meld(melding(p, toeval.nextLong())));
        draaiboek.op(s.plusDays(1), () -> verloop.binnenkomst(id));
        List<Leefgebied> hulpvragen = hulpvragen(toeval);
        LocalDate intake = s.plusDays(4 + toeval.nextInt(14));
        if (p.informatieblad()) {
            LocalDate blad = intake.plusDays(1 + toeval.nextInt(6));
            draaiboek.op(intake, () -> verloop.intake(id, hulpvragen));
            draaiboek.op(blad, () -> verloop.informatieblad(id));
            if (volledig) {
                planEnUitvoering(draaiboek, id, hulpvragen, blad, s.plusDays(18 + toeval.nextInt(18)), toeval);
            }
        } else if (volledig && toeval.nextBoolean()) {
            draaiboek.op(intake, () -> verloop.intake(id, hulpvragen));
        }
        if (p.uitstroom() != null) {
            draaiboek.op(p.uitstroom(), () -> verloop.uitDetentie(id, p.uitstroom(), p.gemeenteCode()));
            if (volledig) {
                draaiboek.op(p.uitstroom().plusDays(1 + toeval.nextInt(3)), () -> verloop.warmeOverdracht(id));
            }
        }
    }

    private void planEnUitvoering(Draaiboek draaiboek, String id, List<Leefgebied> hulpvragen, LocalDate blad,
                                  LocalDate plan, RandomGenerator toeval) {
        draaiboek.op(blad.plusDays(1), () -> verloop.beeldvormingAfronden(id));
        LocalDate vastgesteld = plan.isAfter(blad.plusDays(1)) ? plan : blad.plusDays(2);
        draaiboek.op(vastgesteld, () -> verloop.plan(id, hulpvragen, vastgesteld.plusDays(30)));
        for (int actie = 0; actie < hulpvragen.size(); actie++) {
            boolean uitgevoerd = toeval.nextDouble() < 0.8;
            draaiboek.op(vastgesteld.plusDays(7 + toeval.nextInt(30)), () -> verloop.actie(id, uitgevoerd));
        }
    }

    public void voegZelfmeldersToe(Draaiboek draaiboek, List<Zelfmelder> zelfmelders, RandomGenerator toeval) {
        for (Zelfmelder z : zelfmelders) {
            String id = z.zelfmelderId();
            draaiboek.op(z.melding(), () -> verloop.meld(new Zelfmeldermelding(id, Proefpersonen.bsn(toeval),
                    Proefpersonen.achternaam(toeval), Proefpersonen.voorletters(toeval), LocalDate.of(1990, 1, 1)
                    .minusDays(toeval.nextInt(9000)), z.geslacht(), z.gemeenteCode(), z.oproepdatum())));
            draaiboek.op(z.melding().plusDays(3), () -> verloop.screening(id));
            draaiboek.op(z.melding().plusDays(9), () -> verloop.reactieZelfmelder(id));
            if (z.plan()) {
                draaiboek.op(z.melding().plusDays(16 + toeval.nextInt(20)), () -> verloop.planVanAanpak(id, z.uitstel()));
            }
            // OM/CJIB decide on uitstel only when the gemeente asked for it, after the plan; without one the API refuses.
            if (z.plan() && z.uitstel()) {
                draaiboek.op(z.melding().plusDays(40), () -> verloop.uitstelbesluit(id, true, z.oproepdatum().plusDays(42)));
            }
        }
    }

    private static List<Leefgebied> hulpvragen(RandomGenerator toeval) {
        int aantal = 1 + toeval.nextInt(3);
        List<Leefgebied> gekozen = new ArrayList<>();
        while (gekozen.size() < aantal) {
            Leefgebied leefgebied = VAAK.get(toeval.nextInt(VAAK.size()));
            if (!gekozen.contains(leefgebied)) {
                gekozen.add(leefgebied);
            }
        }
        return gekozen;
    }

    private static EersteDagsmelding melding(Persoon p, long zaad) {
        RandomGenerator toeval = new java.util.SplittableRandom(zaad);
        return new EersteDagsmelding(p.detentieId(), Proefpersonen.bsn(toeval), Proefpersonen.achternaam(toeval),
                Proefpersonen.voorletters(toeval), LocalDate.of(1970, 1, 1).plusDays(toeval.nextInt(14_000)), p.geslacht(),
                p.gemeenteCode(), p.piCode(), p.insluiting(), p.uitstroom() == null, p.uitstroom(), null);
    }
}
