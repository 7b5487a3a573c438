package nl.nazorg.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One generated request the API must refuse: its kind, how it is sent, and the field a 400 must name (null when
 * the API promises no field for it).
 */
record VijandigVerzoek(String soort, Eindpunt eindpunt, String methode, String pad, String autorisatie,
                       String contentType, String accept, byte[] body, String verwachtVeld) {

    static final int MAXIMALE_BODY = 64 * 1024;

    /** As the feeding system (writes) or the ketenmanager (reads) would send it, for a case that does not exist. */
    static VijandigVerzoek basis(String soort, Eindpunt eindpunt, String onbekendId) {
        boolean schrijft = eindpunt.methode().equals("POST");
        return new VijandigVerzoek(soort, eindpunt, eindpunt.methode(), eindpunt.pad(onbekendId, "1"),
                basic(schrijft ? "koppeling" : "manager", "demo"), eindpunt.leestBody() ? "application/json" : null,
                "application/json", eindpunt.leestBody() ? utf8(eindpunt.body(java.util.Map.of())) : null, null);
    }

    static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    VijandigVerzoek metMethode(String andere) {
        return new VijandigVerzoek(soort, eindpunt, andere, pad, autorisatie, contentType, accept, body, verwachtVeld);
    }

    VijandigVerzoek metPad(String ander) {
        return new VijandigVerzoek(soort, eindpunt, methode, ander, autorisatie, contentType, accept, body, verwachtVeld);
    }

    VijandigVerzoek metAutorisatie(String andere) {
        return new VijandigVerzoek(soort, eindpunt, methode, pad, andere, contentType, accept, body, verwachtVeld);
    }

    VijandigVerzoek metContentType(String ander) {
        return new VijandigVerzoek(soort, eindpunt, methode, pad, autorisatie, ander, accept, body, verwachtVeld);
    }

    VijandigVerzoek metAccept(String ander) {
        return new VijandigVerzoek(soort, eindpunt, methode, pad, autorisatie, contentType, ander, body, verwachtVeld);
    }

    /** A body over the size limit is refused as a whole, whatever field was meant. */
    VijandigVerzoek metBody(byte[] andere, String veld) {
        String verwacht = andere != null && andere.length > MAXIMALE_BODY ? "body" : veld;
        return new VijandigVerzoek(soort, eindpunt, methode, pad, autorisatie, contentType, accept, andere, verwacht);
    }

    VijandigVerzoek metBody(String andere, String veld) {
        return metBody(utf8(andere), veld);
    }

    @Override
    public String toString() {
        String begin = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        return "%s %s %s [%s, Content-Type %s, Accept %s, %d bytes: %s]".formatted(soort, methode,
                pad.length() > 160 ? pad.substring(0, 160) + "…" : pad, autorisatie, contentType, accept,
                body == null ? 0 : body.length, begin);
    }
}
