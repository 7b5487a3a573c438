package nl.nazorg.zelfmelder;

/** Names of the zelfmelder process variables that are not shared with nazorg. */
public final class ZelfmelderVariabelen {

    public static final String ZELFMELDER_ID = "zelfmelderId";
    public static final String OPROEPDATUM = "oproepdatum";
    public static final String UITSTEL_NODIG = "uitstelNodig";
    public static final String UITSTEL_AANGEVRAAGD = "uitstelAangevraagd";
    public static final String TOEGEKEND = "toegekend";
    public static final String NIEUWE_OPROEPDATUM = "nieuweOproepdatum";
    public static final String UITSTEL_TOEGEKEND = "uitstelToegekend";
    public static final String PLAN_VAN_AANPAK = "planVanAanpak";
    public static final String PLAN_VAN_AANPAK_OP = "planVanAanpakOp";
    public static final String STAP = "stap";
    public static final String REACTIE_ONTVANGEN_OP = "reactieOntvangenOp";
    public static final String BENADERPOGINGEN = "benaderpogingen";
    public static final String ONBEREIKBAAR = "onbereikbaar";
    public static final String UITSTEL_BESLUIT_OP = "uitstelBesluitOp";
    /** The step name of a plan that was not ready before the oproepdatum, recorded like a week's overrun. */
    public static final String STAP_OPROEPDATUM = "oproepdatum";

    /** The week deadlines of the Groningen approach, counted from the melding. */
    public static final String WEEK_1 = "week1Deadline";
    public static final String WEEK_3 = "week3Deadline";
    public static final String WEEK_4 = "week4Deadline";

    static final String BERICHT_GEMELD = "ZelfmelderGemeld";
    static final String BERICHT_REACTIE = "ReactieZelfmelder";
    static final String BERICHT_UITSTELBESLUIT = "UitstelBesluit";
    static final String PROCES = "zelfmelder";

    private ZelfmelderVariabelen() {
    }
}
