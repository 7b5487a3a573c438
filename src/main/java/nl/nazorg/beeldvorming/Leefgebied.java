package nl.nazorg.beeldvorming;

/** The life domains of the screening: the five basisvoorwaarden, sociaal netwerk and herstel. */
public enum Leefgebied {
    ID_BEWIJS("id-bewijs", "IdBewijs"),
    HUISVESTING("huisvesting", "Huisvesting"),
    WERK_INKOMEN("werk-inkomen", "WerkInkomen"),
    SCHULDEN("schulden", "Schulden"),
    ZORG("zorg", "Zorg"),
    SOCIAAL_NETWERK("sociaal-netwerk", "SociaalNetwerk"),
    HERSTEL("herstel", "Herstel");

    private final String code;
    private final String veldnaam;

    Leefgebied(String code, String veldnaam) {
        this.code = code;
        this.veldnaam = veldnaam;
    }

    public String code() {
        return code;
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
