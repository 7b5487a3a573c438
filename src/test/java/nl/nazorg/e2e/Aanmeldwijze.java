package nl.nazorg.e2e;

import nl.nazorg.ApiKlant;

/**
 * How the people of a browser test log in to Tasklist and out again, and how the partner systems reach /api/v1 as
 * the system account koppeling: with Camunda's own login form ({@link AanmeldenBijCamunda}) or at the OpenID
 * provider ({@link AanmeldenBijProvider}).
 */
interface Aanmeldwijze {

    /** Opens Tasklist in a browser without a session and waits for the page that asks who the person is. */
    void toonInlogpagina(Browser browser);

    /** On that page: logs in as the person of this role, named as its demo user (such as cm-terpeel). */
    void meldAan(Browser browser, String rol);

    /** Ends the session of whoever is logged in, so the next person has to log in. */
    void meldAf(Browser browser);

    /** The Camunda user that the person of this role is in a webapp session: the assignee of a task they claim. */
    String gebruikerVan(String rol);

    /** /api/v1 as the partner systems reach it: as the system account koppeling. */
    ApiKlant koppeling();
}
