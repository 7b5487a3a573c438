package nl.nazorg.api;

import java.util.List;

/** The failures /api/v1 answers with a problem document; messages are Dutch and never contain personal data. */
public abstract sealed class ApiFout extends RuntimeException {

    protected ApiFout(String bericht) {
        super(bericht);
    }

    /** 400: each wrong field with its reason. */
    public static final class OngeldigeInvoer extends ApiFout {
        private final List<OngeldigVeld> velden;

        public OngeldigeInvoer(List<OngeldigVeld> velden) {
            super("De invoer is niet geldig");
            this.velden = List.copyOf(velden);
        }

        public List<OngeldigVeld> velden() {
            return velden;
        }
    }

    /** 404 */
    public static final class NietGevonden extends ApiFout {
        public NietGevonden(String bericht) {
            super(bericht);
        }
    }

    /** 409 */
    public static final class Conflict extends ApiFout {
        public Conflict(String bericht) {
            super(bericht);
        }
    }

    /** 403 */
    public static final class GeenToegang extends ApiFout {
        public GeenToegang(String bericht) {
            super(bericht);
        }
    }

    public record OngeldigVeld(String name, String reason) {
    }
}
