package nl.nazorg.referentie;

/** An option of a Camunda Form select, as form-js reads it: what the person sees and what the form submits. */
public record Keuze(String label, String value) {
}
