package nl.nazorg.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of requests /api/v1 must refuse. Each kind breaks at least one thing for sure, so none of them
 * may change anything: creating endpoints always get a wrong field, the others ids of cases that do not exist.
 */
final class VijandigeVerzoeken {

    private VijandigeVerzoeken() {
    }

    static Arbitrary<VijandigVerzoek> alle() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, verkeerdType()),
                Tuple.of(3, vijandigeTekst("injectie", VijandigeTeksten.injecties())),
                Tuple.of(3, vijandigeTekst("unicode", VijandigeTeksten.unicode())),
                Tuple.of(2, groteWaarde()),
                Tuple.of(1, bodyTeGroot()),
                Tuple.of(2, kapotteJson()),
                Tuple.of(2, leegOfGeenObject()),
                Tuple.of(2, verkeerdeMethode()),
                Tuple.of(2, verkeerdContentType()),
                Tuple.of(2, vreemdeAccept()),
                Tuple.of(2, vreemdPad()),
                Tuple.of(3, rapportparameter()),
                Tuple.of(2, geenToegang()))
                .withoutEdgeCases();
    }

    /** Per field a JSON value of another type that Jackson does not coerce (it would turn 12 into "12"). */
    static Arbitrary<VijandigVerzoek> verkeerdType() {
        return metVeld("verkeerdType").flatMap(gekozen -> verkeerdeTypen(gekozen.veld().soort())
                .map(json -> gekozen.verzoek().metBody(gekozen.eindpunt().body(Map.of(gekozen.veld().naam(), json)),
                        gekozen.veld().naam())));
    }

    private static Arbitrary<String> verkeerdeTypen(Veld.Soort soort) {
        return switch (soort) {
            case ID, VRIJE_TEKST, CODE -> Arbitraries.of("{}", "{\"waarde\": 1}", "[]", "[\"P.\"]", "[[]]", "{\"$gt\": \"\"}");
            case DATUM -> Arbitraries.of("{}", "true", "false", "{\"jaar\": 2026}", "\"2026-02-30\"", "\"02-11-2026\"",
                    "\"2026-13-01\"", "\"gisteren\"");
            case JANEE -> Arbitraries.of("{}", "[]", "\"soms\"", "\"ja\"", "\"2026-01-01\"", "{\"waarde\": true}");
        };
    }

    /** Hostile text in a field whose pattern, code list or date format cannot accept it; free text fields hostile too. */
    static Arbitrary<VijandigVerzoek> vijandigeTekst(String soort, Arbitrary<String> teksten) {
        return metVeld(soort).filter(g -> g.veld().soort() != Veld.Soort.VRIJE_TEKST)
                .flatMap(gekozen -> Combinators.combine(teksten, teksten).as((tekst, vrij) -> {
                    Veld veld = gekozen.veld();
                    Map<String, String> waarden = Map.of(veld.naam(), VijandigeTeksten.json(tekst), "achternaam", VijandigeTeksten.json(vrij));
                    return gekozen.verzoek().metBody(gekozen.eindpunt().body(waarden),
                            gekozen.eindpunt().noemtFoutVeld(veld) ? veld.naam() : null);
                }));
    }

    static Arbitrary<VijandigVerzoek> groteWaarde() {
        Arbitrary<String> groot = Arbitraries.oneOf(VijandigeTeksten.groot().map(VijandigeTeksten::json),
                Arbitraries.of("99999999999999999999999999999999", "-1e308", "1e99999", "123456789012345678901234567890.5"));
        return metVeld("groteWaarde").flatMap(gekozen -> groot
                .filter(json -> json.startsWith("\"") || gekozen.veld().soort() == Veld.Soort.CODE)
                .map(json -> gekozen.verzoek().metBody(gekozen.eindpunt().body(Map.of(gekozen.veld().naam(), json)),
                        gekozen.eindpunt().noemtFoutVeld(gekozen.veld()) ? gekozen.veld().naam() : null)));
    }

    /** Over 64 KB, to every endpoint: the size limit comes before anything reads the body. */
    static Arbitrary<VijandigVerzoek> bodyTeGroot() {
        return Combinators.combine(Arbitraries.of(Eindpunt.values()), onbekendId(), Arbitraries.integers().between(65_537, 200_000),
                Arbitraries.of("{\"achternaam\": \"%s\"}", "%s", "[\"%s\"]")).as((eindpunt, id, lengte, vorm) -> {
                    String opvulling = "x".repeat(lengte);
                    return VijandigVerzoek.basis("bodyTeGroot", eindpunt, id).metContentType("application/json")
                            .metBody(vorm.formatted(opvulling), "body");
                });
    }

    static Arbitrary<VijandigVerzoek> kapotteJson() {
        return Combinators.combine(Arbitraries.of(Eindpunt.metBody()), onbekendId(), Arbitraries.integers().between(1, 10_000),
                Arbitraries.integers().between(0, 9)).as((eindpunt, id, getal, vorm) -> {
                    String geldig = eindpunt.body(Map.of());
                    Veld eerste = eindpunt.velden().get(0);
                    byte[] body = switch (vorm) {
                        case 0 -> VijandigVerzoek.utf8(geldig.substring(0, 1 + getal % (geldig.length() - 1)));
                        case 1 -> VijandigVerzoek.utf8(geldig.replace('"', '\''));
                        case 2 -> VijandigVerzoek.utf8(geldig.replaceFirst("\"", ""));
                        case 3 -> VijandigVerzoek.utf8(geldig.replaceFirst(": ", ": /* commentaar */ "));
                        case 4 -> VijandigVerzoek.utf8(geldig.replaceFirst(": [^,}]+", ": NaN"));
                        case 5 -> VijandigVerzoek.utf8("[".repeat(2_000 + getal) + "]".repeat(2_000 + getal));
                        case 6 -> VijandigVerzoek.utf8(geldig.replaceFirst(": \"", ": \"\u0001"));
                        case 7 -> metOngeldigeUtf8(geldig, getal);
                        // a valid body with a second one glued on, or with its first field given twice
                        case 8 -> VijandigVerzoek.utf8(geldig + geldig);
                        default -> VijandigVerzoek.utf8("{\"" + eerste.naam() + "\": " + eerste.geldigeJson() + ", " + geldig.substring(1));
                    };
                    // Jackson reports a fault inside a string value at its field: a bad character there names that field,
                    // a cut names the field it falls in or else the body, so a cut promises no particular name. Some
                    // invalid UTF-8 Jackson decodes (the overlong '.' becomes '.'), and then only an endpoint that checks
                    // its fields before looking up the case names the field.
                    Veld tekstveld = eersteTekstveld(eindpunt);
                    String veld = switch (vorm) {
                        case 0 -> null;
                        case 6 -> tekstveld.naam();
                        case 7 -> eindpunt.noemtFoutVeld(tekstveld) ? tekstveld.naam() : null;
                        case 9 -> eerste.naam();
                        default -> "body";
                    };
                    return VijandigVerzoek.basis("kapotteJson", eindpunt, id).metBody(body, veld);
                });
    }

    private static Veld eersteTekstveld(Eindpunt eindpunt) {
        return eindpunt.velden().stream().filter(v -> v.geldigeJson().startsWith("\"")).findFirst().orElseThrow();
    }

    /** Invalid UTF-8 inside the first string value: a stray 0xFF, an overlong '.', a surrogate half encoded as UTF-8. */
    private static byte[] metOngeldigeUtf8(String geldig, int getal) {
        byte[][] ongeldig = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        byte[] voor = geldig.substring(0, geldig.indexOf(": \"") + 3).getBytes(StandardCharsets.UTF_8);
        byte[] na = geldig.substring(geldig.indexOf(": \"") + 3).getBytes(StandardCharsets.UTF_8);
        byte[] fout = ongeldig[getal % ongeldig.length];
        byte[] body = new byte[voor.length + fout.length + na.length];
        System.arraycopy(voor, 0, body, 0, voor.length);
        System.arraycopy(fout, 0, body, voor.length, fout.length);
        System.arraycopy(na, 0, body, voor.length + fout.length, na.length);
        return body;
    }

    /** Empty bodies and JSON that is no object; an empty object misses the required fields of a melding. */
    static Arbitrary<VijandigVerzoek> leegOfGeenObject() {
        return Combinators.combine(Arbitraries.of(Eindpunt.metBody()), onbekendId(),
                Arbitraries.of("", " ", "\n\t", "{}", "[]", "[{}]", "null", "\"\"", "0", "true", "\"{}\"")).as((eindpunt, id, body) -> {
                    String veld = !body.equals("{}") ? "body"
                            : eindpunt == Eindpunt.DETENTIE_MELDEN ? "detentieId"
                            : eindpunt == Eindpunt.ZELFMELDER_MELDEN ? "zelfmelderId" : null;
                    return VijandigVerzoek.basis("leeg", eindpunt, id).metBody(body, veld);
                });
    }

    static Arbitrary<VijandigVerzoek> verkeerdeMethode() {
        return Combinators.combine(Arbitraries.of(Eindpunt.values()), onbekendId(), Arbitraries.of("PUT", "PATCH", "DELETE", "ANDERS"))
                .as((eindpunt, id, methode) -> {
                    String ander = methode.equals("ANDERS") ? (eindpunt.methode().equals("GET") ? "POST" : "GET") : methode;
                    return VijandigVerzoek.basis("verkeerdeMethode", eindpunt, id).metMethode(ander)
                            .metContentType("application/json").metBody(ongeldigeBody(eindpunt), null);
                });
    }

    static Arbitrary<VijandigVerzoek> verkeerdContentType() {
        return Combinators.combine(Arbitraries.of(Eindpunt.metBody()), onbekendId(), Arbitraries.of("geen", "text/plain",
                "application/xml", "text/html", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                "application/json; charset=ebcdic", "application/json; charset=UTF-16", "application/json; charset=x-onbekend",
                "onzin", "application/", "*/*", "application/javascript", "image/png", "application/json;;;"))
                .as((eindpunt, id, type) -> VijandigVerzoek.basis("verkeerdContentType", eindpunt, id)
                        .metContentType(type.equals("geen") ? null : type).metBody(ongeldigeBody(eindpunt), null));
    }

    static Arbitrary<VijandigVerzoek> vreemdeAccept() {
        return Combinators.combine(Arbitraries.of(Eindpunt.values()), onbekendId(), Arbitraries.of("text/html", "application/xml",
                "image/png", "text/csv", "onzin", ";;;", "*/*;q=x", "application/json;q=0", "application/problem+json",
                "text/*", "application/json, text/csv;q=2", "application/" + "x".repeat(3_000), "text/csv;q=1, application/json;q=0", ""))
                .as((eindpunt, id, accept) -> ongeldig(VijandigVerzoek.basis("vreemdeAccept", eindpunt, id)).metAccept(accept));
    }

    /** Odd detentie-, zelfmelder- and documentIds in the path: encoded slashes and dots, NUL, bad UTF-8, very long. */
    static Arbitrary<VijandigVerzoek> vreemdPad() {
        Arbitrary<String> segmenten = Arbitraries.oneOf(
                Arbitraries.of("a%2Fb", "%2F", "..%2F..%2Fengine-rest%2Fuser", "%2e%2e", "%2e%2e%2f%2e%2e%2fcamunda", "%00",
                        "DET%00x", "%25", "%FF%FE", "%C0%AE%C0%AE", "%ED%A0%80", ";jsessionid=1", "x;a=b", "%3B", "%20",
                        "%09", "%0D%0A", "~", "..", ".", "%5C..%5C", "*"),
                VijandigeTeksten.vijandig().map(VijandigeTeksten::inPad),
                Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(300).ofMaxLength(4_000));
        Arbitrary<String> documentIds = Arbitraries.oneOf(segmenten, Arbitraries.of("-1", "0", "99999999999999999999",
                "1.5", "0x10", "NaN", "1e3", "%2B1", "1%00"));
        return Combinators.combine(Arbitraries.of(Eindpunt.metId()), segmenten, documentIds).as((eindpunt, id, documentId) -> {
            boolean document = eindpunt == Eindpunt.DOCUMENT;
            String pad = eindpunt.pad(document ? "DET-BESTAAT-NIET" : id, document ? documentId : "1");
            return VijandigVerzoek.basis("vreemdPad", eindpunt, "x").metPad(pad);
        });
    }

    /** Reports: van, tot and jaar that are no date or year in range, or tot before van. */
    static Arbitrary<VijandigVerzoek> rapportparameter() {
        Arbitrary<String> ongeldig = Arbitraries.oneOf(VijandigeTeksten.vijandig(), Arbitraries.of("2026-02-30", "2026-13-01",
                "1999-12-31", "2101-01-01", "20260101", "01-01-2026", "\uFF12\uFF10\uFF12\uFF16-01-01", "0000",
                "99999", "-2026", "2026.0", "MMXXVI", "1e3", "2026-01-01T00:00", "2026-01-01,2026-02-01"));
        return Combinators.combine(Arbitraries.of(Eindpunt.rapporten()), ongeldig, Arbitraries.integers().between(0, 3),
                Arbitraries.of("application/json", "text/csv")).as((eindpunt, waarde, keuze, accept) -> {
                    String veld = eindpunt.parameters().get(keuze % eindpunt.parameters().size());
                    String query = veld + "=" + VijandigeTeksten.inPad(waarde);
                    if (keuze == 3 && eindpunt.parameters().contains("tot")) {
                        veld = "tot";
                        query = "van=2026-06-01&tot=2026-01-01";
                    }
                    return VijandigVerzoek.basis("rapportparameter", eindpunt, "x")
                            .metPad(eindpunt.pad("x", "1") + "?" + query).metAccept(accept).metBody((byte[]) null, veld);
                });
    }

    /** No login, malformed HTTP Basic, unknown (also hostile) user names, and people who may not report events. */
    static Arbitrary<VijandigVerzoek> geenToegang() {
        return Combinators.combine(Arbitraries.of(Eindpunt.values()), onbekendId()).flatAs((eindpunt, id) ->
                autorisaties(eindpunt.methode().equals("POST")).map(autorisatie ->
                        VijandigVerzoek.basis("geenToegang", eindpunt, id).metAutorisatie(autorisatie)));
    }

    /** Null is no Authorization header at all. A person's own login only where persons may not come (403). */
    private static Arbitrary<String> autorisaties(boolean melden) {
        Arbitrary<String> onbekend = Arbitraries.oneOf(
                Arbitraries.of("Basic", "Basic ", "Basic !!!geen-base64!!!", "Bearer abc.def.ghi", "Digest username=\"koppeling\"",
                        VijandigVerzoek.basic("", "demo"),
                        "Basic " + Base64.getEncoder().encodeToString("koppeling".getBytes(StandardCharsets.UTF_8))),
                VijandigeTeksten.vijandig().map(naam -> VijandigVerzoek.basic("onbekend-" + naam, "demo")),
                Arbitraries.strings().alpha().ofLength(8).map(naam -> VijandigVerzoek.basic("onbekend-" + naam, "demo")),
                Arbitraries.just(null));
        Arbitrary<String> personen = Arbitraries.of("manager", "cm-terpeel").map(naam -> VijandigVerzoek.basic(naam, "demo"));
        return melden ? Arbitraries.oneOf(onbekend, personen) : onbekend;
    }

    /** An endpoint, one of its body fields, and the request to break in it. */
    private record GekozenVeld(Eindpunt eindpunt, Veld veld, VijandigVerzoek verzoek) {
    }

    private static Arbitrary<GekozenVeld> metVeld(String soort) {
        return Combinators.combine(Arbitraries.of(Eindpunt.metBody()), onbekendId()).flatAs((eindpunt, id) ->
                Arbitraries.of(eindpunt.velden()).map(veld -> new GekozenVeld(eindpunt, veld, VijandigVerzoek.basis(soort, eindpunt, id))));
    }

    private static Arbitrary<String> onbekendId() {
        return Arbitraries.integers().between(1, 999_999).map(n -> "BESTAAT-NIET-" + n);
    }

    /** A body that is wrong in any case (for endpoints that might accept it despite another fault). */
    private static String ongeldigeBody(Eindpunt eindpunt) {
        return eindpunt.leestBody() ? eindpunt.body(Map.of(eindpunt.velden().get(0).naam(), "{}")) : "{}";
    }

    private static VijandigVerzoek ongeldig(VijandigVerzoek verzoek) {
        if (verzoek.eindpunt().leestBody()) {
            return verzoek.metBody(ongeldigeBody(verzoek.eindpunt()), null);
        }
        if (!verzoek.eindpunt().parameters().isEmpty()) {
            return verzoek.metPad(verzoek.pad() + "?" + verzoek.eindpunt().parameters().get(0) + "=onzin");
        }
        return verzoek;
    }
}
