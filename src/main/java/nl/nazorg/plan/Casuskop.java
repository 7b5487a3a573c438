package nl.nazorg.plan;

/** The head of every document for partners: who and where. Deliberately without bsn or geboortedatum. */
public record Casuskop(String naam, String detentieId, String pi, String gemeente, String insluitingsdatum) {
}
