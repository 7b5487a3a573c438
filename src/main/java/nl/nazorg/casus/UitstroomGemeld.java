package nl.nazorg.casus;

import java.time.LocalDate;

/**
 * The uitstroom of a case is known: delivered to the process, or kept with the case while nothing in the process
 * waited for it (the warme overdracht was being prepared). Published in the transaction that records it.
 */
public record UitstroomGemeld(String detentieId, LocalDate uitstroomdatum, String uitstroomgemeenteCode) {
}
