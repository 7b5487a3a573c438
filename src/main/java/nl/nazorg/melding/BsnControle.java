package nl.nazorg.melding;

import nl.nazorg.casus.OngeldigeProcesinvoerException;

/** The burgerservicenummer: nine digits that pass the elfproef. Messages never repeat the number itself. */
public final class BsnControle {

    private static final int[] GEWICHTEN = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    private BsnControle() {
    }

    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            som += (bsn.charAt(i) - '0') * GEWICHTEN[i];
        }
        return som % 11 == 0 && som != 0;
    }

    static String gecontroleerd(String bsn) {
        if (!isGeldig(bsn)) {
            throw new OngeldigeProcesinvoerException("Veld 'bsn' is geen geldig burgerservicenummer (elfproef)");
        }
        return bsn;
    }
}
