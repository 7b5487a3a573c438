package nl.nazorg.casus;

import java.time.LocalDate;

/**
 * The uit-detentiemelding was kept with the case while nothing in the process waited for it (the warme overdracht was
 * being prepared); published in the transaction that keeps it.
 */
public record UitstroomGemeld(String detentieId, LocalDate uitstroomdatum, String uitstroomgemeenteCode) {
}
