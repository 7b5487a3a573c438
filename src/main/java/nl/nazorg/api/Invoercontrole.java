package nl.nazorg.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

/** Collects wrong fields and refuses the request once, naming all of them. */
public final class Invoercontrole {

    private final List<ApiFout.OngeldigVeld> fouten = new ArrayList<>();

    /** Starts with what the Bean Validation annotations of the request find wrong. */
    public static Invoercontrole volgensAnnotaties(Validator validator, Object verzoek) {
        Invoercontrole controle = new Invoercontrole();
        validator.validate(verzoek).forEach(v -> controle.eis(false, v.getPropertyPath().toString(), v.getMessage()));
        return controle;
    }

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
