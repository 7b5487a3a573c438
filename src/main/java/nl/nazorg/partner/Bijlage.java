package nl.nazorg.partner;

import java.util.Arrays;
import java.util.Objects;

/** A file sent with a message, e.g. the D&R-plan as PDF. */
public record Bijlage(String bestandsnaam, String mediaType, byte[] inhoud) {

    public static final String PDF = "application/pdf";

    public Bijlage {
        Objects.requireNonNull(bestandsnaam, "bestandsnaam");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(inhoud, "inhoud");
    }

    public static Bijlage pdf(String bestandsnaam, byte[] inhoud) {
        return new Bijlage(bestandsnaam, PDF, inhoud);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bijlage b && bestandsnaam.equals(b.bestandsnaam) && mediaType.equals(b.mediaType)
                && Arrays.equals(inhoud, b.inhoud);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bestandsnaam, mediaType, Arrays.hashCode(inhoud));
    }

    @Override
    public String toString() {
        return "Bijlage[" + bestandsnaam + ", " + mediaType + ", " + inhoud.length + " bytes]";
    }
}
