package nl.nazorg.prestaties;

/** A progress bar on stderr, so stdout keeps only the figures. */
final class Voortgang {

    private static final int BREEDTE = 40;

    private final String wat;
    private final int totaal;
    private int klaar;

    Voortgang(String wat, int totaal) {
        this.wat = wat;
        this.totaal = totaal;
        teken();
    }

    synchronized void stap() {
        klaar++;
        teken();
        if (klaar == totaal) {
            System.err.println();
        }
    }

    private void teken() {
        int gevuld = totaal == 0 ? BREEDTE : klaar * BREEDTE / totaal;
        System.err.printf("\r%s [%s%s] %d/%d", wat, "#".repeat(gevuld), ".".repeat(BREEDTE - gevuld), klaar, totaal);
        System.err.flush();
    }
}
