package nl.nazorg.beeldvorming;

/** The life domains of the screening: the five basisvoorwaarden, sociaal netwerk and herstel. */
public enum Leefgebied {
    ID_BEWIJS("id-bewijs", "IdBewijs", "ID-bewijs"),
    HUISVESTING("huisvesting", "Huisvesting", "Huisvesting"),
    WERK_INKOMEN("werk-inkomen", "WerkInkomen", "Werk en inkomen"),
    SCHULDEN("schulden", "Schulden", "Schulden"),
    ZORG("zorg", "Zorg", "Zorg"),
    SOCIAAL_NETWERK("sociaal-netwerk", "SociaalNetwerk", "Sociaal netwerk"),
    HERSTEL("herstel", "Herstel", "Herstel");

    private final String code;
    private final String veldnaam;
    private final String titel;

    Leefgebied(String code, String veldnaam, String titel) {
        this.code = code;
        this.veldnaam = veldnaam;
        this.titel = titel;
    }

    public String code() {
        return code;
    }

    /** As users read it, e.g. "Werk en inkomen". */
    public String titel() {
        return titel;
    }

    /** The part of field names that names this leefgebied, e.g. WerkInkomen. */
    public String veldnaam() {
        return veldnaam;
    }

    /** Form field with the yes/no answer, e.g. hulpvraagHuisvesting. */
    public String hulpvraagVeld() {
        return "hulpvraag" + veldnaam;
    }

    /** Form field with the note, e.g. notitieHuisvesting. */
    public String notitieVeld() {
        return "notitie" + veldnaam;
    }
}
