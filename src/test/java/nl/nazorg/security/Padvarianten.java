package nl.nazorg.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every other spelling of one address that a server, a proxy or a rule could read differently from the servlet that
 * serves it: path parameters in each segment, percent-encodings of {@code / ; .} and of letters, doubled slashes,
 * dot segments, case changes and trailing characters. The query string stays as it is.
 */
final class Padvarianten {

    record Variant(String soort, String adres) {
    }

    private Padvarianten() {
    }

    static List<Variant> van(String adres) {
        int vraag = adres.indexOf('?');
        String pad = vraag < 0 ? adres : adres.substring(0, vraag);
        String zoekvraag = vraag < 0 ? "" : adres.substring(vraag);
        List<String> segmenten = List.of(pad.substring(1).split("/", -1));
        List<Variant> varianten = new ArrayList<>();
        varianten.add(new Variant("gewoon", adres));
        for (int i = 0; i < segmenten.size(); i++) {
            String segment = segmenten.get(i);
            for (String parameter : List.of(";x", ";x=1", "%3Bx", "%3bx", ";")) {
                varianten.add(new Variant("padparameter", metSegment(segmenten, i, segment + parameter) + zoekvraag));
            }
            varianten.add(new Variant("hoofdletters", metSegment(segmenten, i, segment.toUpperCase(Locale.ROOT)) + zoekvraag));
            if (!segment.isEmpty() && Character.isLetter(segment.charAt(0))) {
                String hex = String.format("%02X", (int) segment.charAt(0));
                varianten.add(new Variant("gecodeerdeLetter", metSegment(segmenten, i, "%" + hex + segment.substring(1)) + zoekvraag));
                varianten.add(new Variant("gecodeerdeLetter",
                        metSegment(segmenten, i, "%" + hex.toLowerCase(Locale.ROOT) + segment.substring(1)) + zoekvraag));
            }
            String ervoor = "/" + String.join("/", segmenten.subList(0, i));
            String erna = String.join("/", segmenten.subList(i, segmenten.size()));
            String begin = i == 0 ? "" : ervoor;
            for (String tussen : List.of("//", "/%2F", "/%2f", "/./", "/%2E/", "/%2e/", "/x/../", "/x/%2E%2E/", "/x/%2e%2e/",
                    "/%5C", "/;x/", "/%3B/")) {
                varianten.add(new Variant("scheiding", begin + tussen + erna + zoekvraag));
            }
        }
        for (String staart : List.of("/", "/.", "//", ";", "%2F", "%20", "%00")) {
            varianten.add(new Variant("staart", pad + staart + zoekvraag));
        }
        return varianten;
    }

    private static String metSegment(List<String> segmenten, int index, String nieuw) {
        List<String> kopie = new ArrayList<>(segmenten);
        kopie.set(index, nieuw);
        return "/" + String.join("/", kopie);
    }
}
