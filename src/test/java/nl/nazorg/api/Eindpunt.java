package nl.nazorg.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.nazorg.api.Veld.Soort;

/** Every /api/v1 endpoint, with the fields of its body or its query parameters. */
enum Eindpunt {

    DETENTIE_MELDEN("POST", "/api/v1/detenties", true, List.of(
            new Veld("detentieId", Soort.ID, "\"DET-VIJANDIG-1\""),
            new Veld("bsn", Soort.CODE, "\"111222333\""),
            new Veld("achternaam", Soort.VRIJE_TEKST, "\"Jansen\""),
            new Veld("voorletters", Soort.VRIJE_TEKST, "\"P.\""),
            new Veld("geboortedatum", Soort.DATUM, "\"1990-05-17\""),
            new Veld("geslacht", Soort.CODE, "\"M\""),
            new Veld("gemeenteCode", Soort.CODE, "\"GM0983\""),
            new Veld("piCode", Soort.CODE, "\"ter-peel\""),
            new Veld("insluitingsdatum", Soort.DATUM, "\"2026-11-02\""),
            new Veld("voorlopigeHechtenis", Soort.JANEE, "false"),
            new Veld("verwachteUitstroomdatum", Soort.DATUM, "\"2027-01-15\""))),
    CASUS_LEZEN("GET", "/api/v1/detenties/{id}"),
    UITSTROOM("POST", "/api/v1/detenties/{id}/uitstroom", false, List.of(
            new Veld("uitstroomdatum", Soort.DATUM, "\"2026-12-01\""),
            new Veld("uitstroomgemeenteCode", Soort.CODE, "\"GM0983\""))),
    OVERPLAATSING("POST", "/api/v1/detenties/{id}/overplaatsing", false, List.of(
            new Veld("piCode", Soort.CODE, "\"sittard\""))),
    DOCUMENTEN("GET", "/api/v1/detenties/{id}/documenten"),
    DOCUMENT("GET", "/api/v1/detenties/{id}/documenten/{documentId}"),
    ZELFMELDER_MELDEN("POST", "/api/v1/zelfmelders", true, List.of(
            new Veld("zelfmelderId", Soort.ID, "\"ZM-VIJANDIG-1\""),
            new Veld("bsn", Soort.CODE, "\"111222333\""),
            new Veld("achternaam", Soort.VRIJE_TEKST, "\"Jansen\""),
            new Veld("voorletters", Soort.VRIJE_TEKST, "\"P.\""),
            new Veld("geboortedatum", Soort.DATUM, "\"1990-05-17\""),
            new Veld("geslacht", Soort.CODE, "\"V\""),
            new Veld("gemeenteCode", Soort.CODE, "\"GM0983\""),
            new Veld("oproepdatum", Soort.DATUM, "\"2099-01-15\""))),
    REACTIE("POST", "/api/v1/zelfmelders/{id}/reactie"),
    UITSTELBESLUIT("POST", "/api/v1/zelfmelders/{id}/uitstelbesluit", false, List.of(
            new Veld("toegekend", Soort.JANEE, "true"),
            new Veld("nieuweOproepdatum", Soort.DATUM, "\"2099-06-01\""))),
    INFORMATIEBLADEN("GET", "/api/v1/rapportages/informatiebladen", "van", "tot"),
    UITSTROOMRAPPORT("GET", "/api/v1/rapportages/uitstroom", "jaar"),
    TERMIJNEN("GET", "/api/v1/rapportages/termijnen", "van", "tot"),
    CASUISTIEK("GET", "/api/v1/rapportages/casuistiek", "van", "tot"),
    ZELFMELDERSRAPPORT("GET", "/api/v1/rapportages/zelfmelders", "van", "tot");

    private final String methode;
    private final String sjabloon;
    private final boolean controleertVoorOpzoeken;
    private final List<Veld> velden;
    private final List<String> parameters;

    Eindpunt(String methode, String sjabloon, boolean controleertVoorOpzoeken, List<Veld> velden) {
        this.methode = methode;
        this.sjabloon = sjabloon;
        this.controleertVoorOpzoeken = controleertVoorOpzoeken;
        this.velden = velden;
        this.parameters = List.of();
    }

    Eindpunt(String methode, String sjabloon, String... parameters) {
        this.methode = methode;
        this.sjabloon = sjabloon;
        this.controleertVoorOpzoeken = false;
        this.velden = List.of();
        this.parameters = List.of(parameters);
    }

    String methode() {
        return methode;
    }

    List<Veld> velden() {
        return velden;
    }

    List<String> parameters() {
        return parameters;
    }

    boolean leestBody() {
        return !velden.isEmpty();
    }

    boolean heeftId() {
        return sjabloon.contains("{id}");
    }

    /** The path with a detentie- or zelfmelderId that no case has (path segments already percent-encoded). */
    String pad(String id, String documentId) {
        return sjabloon.replace("{id}", id).replace("{documentId}", documentId);
    }

    /** Creating endpoints check every field before anything else; the others first look up the case (404). */
    boolean noemtFoutVeld(Veld veld) {
        return controleertVoorOpzoeken || veld.soort().doorJacksonGecontroleerd();
    }

    /** The body with the given JSON fragments in place of the valid values. */
    String body(Map<String, String> vervangingen) {
        return velden.stream()
                .map(v -> "\"" + v.naam() + "\": " + vervangingen.getOrDefault(v.naam(), v.geldigeJson()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static List<Eindpunt> metBody() {
        return List.of(values()).stream().filter(Eindpunt::leestBody).toList();
    }

    static List<Eindpunt> metId() {
        return List.of(values()).stream().filter(Eindpunt::heeftId).toList();
    }

    static List<Eindpunt> rapporten() {
        return List.of(values()).stream().filter(e -> !e.parameters.isEmpty()).toList();
    }
}
