package nl.nazorg.security;

import static nl.nazorg.casus.NazorgVariabelen.ACTIE;
import static nl.nazorg.casus.NazorgVariabelen.ACTIELIJST;
import static nl.nazorg.casus.NazorgVariabelen.BSN;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.NIEUWE_ACTIES;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_CLIENT;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;
import static nl.nazorg.zelfmelder.ZelfmelderVariabelen.ZELFMELDER_ID;

import java.util.Set;

/**
 * The variables that say whose case it is: the person and detention it belongs to, and every variable from which the
 * models compute candidate groups ({@code identity/Groepen}): piCode, zvhRegio and gemeenteCode directly, zvhClient
 * for the regievoerder, actielijst, nieuweActies (a revised plan's new actions) and actie for the party of an action, and
 * the partners involved (betrokkenPartijen, overdragenAan), whose groups read the case and get its plan and handover.
 * Only the product's own paths set them:
 * melding, overplaatsing and uitstroom through /api/v1, the process's delegates and decisions, and a form that has
 * them as its own fields (the start forms, the ZVH administration's zvhClient, the concept plan's actielijst, the plan
 * revision's nieuweActies, the regievoerder's betrokkenPartijen, the handover's overdragenAan).
 */
public final class Routekenmerken {

    public static final Set<String> NAMEN = Set.of(DETENTIE_ID, ZELFMELDER_ID, BSN, PI_CODE, ZVH_REGIO, GEMEENTE_CODE,
            ZVH_CLIENT, ACTIELIJST, ACTIE, NIEUWE_ACTIES, "betrokkenPartijen", "overdragenAan");

    private Routekenmerken() {
    }
}
