package nl.nazorg.plan;

/** A contact for the case in a document: role, who, and the mailbox to reach them (may be null). */
public record Contactpersoon(String rol, String naam, String mailbox) {
}
