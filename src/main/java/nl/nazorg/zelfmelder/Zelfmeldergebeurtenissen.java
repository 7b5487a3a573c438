package nl.nazorg.zelfmelder;

import java.time.LocalDate;

/** What happens to a zelfmelder case that others (the reports) follow; each published in the transaction of the step. */
public final class Zelfmeldergebeurtenissen {

    private Zelfmeldergebeurtenissen() {
    }

    public record Gemeld(String zelfmelderId, String gemeenteCode, LocalDate oproepdatum) {
    }

    public record PlanVanAanpakKlaar(String zelfmelderId, LocalDate dag) {
    }

    /** The oproepdatum came and the plan van aanpak was not ready: the miss the approach is meant to prevent. */
    public record PlanNietVoorOproepdatum(String zelfmelderId) {
    }

    public record UitstelAangevraagd(String zelfmelderId) {
    }

    public record UitstelToegekend(String zelfmelderId, LocalDate nieuweOproepdatum) {
    }
}
