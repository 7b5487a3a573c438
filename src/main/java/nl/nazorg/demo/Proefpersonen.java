package nl.nazorg.demo;

import java.util.random.RandomGenerator;

import nl.nazorg.melding.BsnControle;

/** Invented people for the demo and the tests: burgerservicenummers that pass the elfproef, names from a list. */
public final class Proefpersonen {

    private static final String[] ACHTERNAMEN = {"Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen", "Huisman", "Peeters", "Janssen"};
    private static final String VOORLETTERS = "ABCDEFGHJKLMNPRSTW";

    private Proefpersonen() {
    }

    public static String bsn(RandomGenerator toeval) {
        while (true) {
            String kandidaat = String.format("%08d", toeval.nextInt(100_000_000));
            for (int laatste = 0; laatste <= 9; laatste++) {
                if (BsnControle.isGeldig(kandidaat + laatste)) {
                    return kandidaat + laatste;
                }
            }
        }
    }

    public static String achternaam(RandomGenerator toeval) {
        return ACHTERNAMEN[toeval.nextInt(ACHTERNAMEN.length)];
    }

    public static String voorletters(RandomGenerator toeval) {
        return VOORLETTERS.charAt(toeval.nextInt(VOORLETTERS.length())) + ".";
    }
}
