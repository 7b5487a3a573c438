package nl.nazorg.api;

import java.util.ArrayList;
import java.util.List;

/** Collects wrong fields and refuses the request once, naming all of them. */
public final class Invoercontrole {

    private final List<ApiFout.OngeldigVeld> fouten = new ArrayList<>();

    public Invoercontrole eis(boolean voorwaarde, String veld, String reden) {
        if (!voorwaarde) {
            fouten.add(new ApiFout.OngeldigVeld(veld, reden));
        }
        return this;
    }

    public void weigerBijFouten() {
        if (!fouten.isEmpty()) {
            throw new ApiFout.OngeldigeInvoer(fouten);
        }
    }
}
