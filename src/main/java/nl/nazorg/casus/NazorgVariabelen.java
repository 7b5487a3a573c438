package nl.nazorg.casus;

/** Names of the nazorg process variables: the contract with forms, the API and the model. */
public final class NazorgVariabelen {

    public static final String DETENTIE_ID = "detentieId";
    public static final String BSN = "bsn";
    public static final String ACHTERNAAM = "achternaam";
    public static final String VOORLETTERS = "voorletters";
    public static final String GEBOORTEDATUM = "geboortedatum";
    public static final String GESLACHT = "geslacht";
    public static final String GEMEENTE_CODE = "gemeenteCode";
    public static final String GEMEENTE_NAAM = "gemeenteNaam";
    /** The PI's name from the pi table, for the case header of the forms; follows an overplaatsing. */
    public static final String PI_NAAM = "piNaam";
    public static final String PI_CODE = "piCode";
    public static final String INSLUITINGSDATUM = "insluitingsdatum";
    public static final String VOORLOPIGE_HECHTENIS = "voorlopigeHechtenis";
    public static final String VERWACHTE_UITSTROOMDATUM = "verwachteUitstroomdatum";
    /** Voorlopige hechtenis: the date of the (next) court hearing, from the casemanager ("Uitstroom volgen"). */
    public static final String ZITTINGSDATUM = "zittingsdatum";

    public static final String ZVH_REGIO = "zvhRegio";
    public static final String ZELFMELDER = "zelfmelder";

    public static final String BEKEND_BIJ_ZVH = "bekendBijZvh";
    public static final String PROCESREGISSEUR = "procesregisseur";
    public static final String BEKEND_BIJ_GEMEENTE = "bekendBijGemeente";
    public static final String ZVH_CLIENT = "zvhClient";
    public static final String ADVIES_AAN_PI = "adviesAanPi";

    public static final String LEEFGEBIEDEN = "leefgebieden";
    public static final String AANTAL_LEEFGEBIEDEN = "aantalLeefgebieden";
    public static final String COMPLEXITEIT = "complexiteit";

    public static final String ACTIELIJST = "actielijst";
    public static final String ACTIE = "actie";
    /** Actions added when the plan is revised at a trajectgesprek; each carries its volgnummer in the actielijst. */
    public static final String NIEUWE_ACTIES = "nieuweActies";

    public static final String UITSTROOMDATUM = "uitstroomdatum";
    public static final String UITSTROOMGEMEENTE_CODE = "uitstroomgemeenteCode";
    public static final String AFGESLOTEN_OP = "afgeslotenOp";

    /** Local variable on the path of a deadline timer: which termijn was missed. */
    public static final String TERMIJN = "termijn";

    private NazorgVariabelen() {
    }
}
