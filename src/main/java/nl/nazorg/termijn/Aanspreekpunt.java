package nl.nazorg.termijn;

/** The group that must act on a termijn, and the mailbox where that group reads its mail. */
public record Aanspreekpunt(String groep, String mailbox) {
}
