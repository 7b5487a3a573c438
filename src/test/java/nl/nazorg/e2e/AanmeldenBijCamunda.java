package nl.nazorg.e2e;

import nl.nazorg.ApiKlant;

/** Camunda's own login form with the demo users (password demo); the koppeling over HTTP Basic. */
record AanmeldenBijCamunda(int poort) implements Aanmeldwijze {

    @Override
    public void toonInlogpagina(Browser browser) {
        browser.toonInlogpagina("tasklist");
    }

    @Override
    public void meldAan(Browser browser, String rol) {
        browser.meldAan(rol);
    }

    @Override
    public void meldAf(Browser browser) {
        browser.meldAf();
    }

    @Override
    public String gebruikerVan(String rol) {
        return rol;
    }

    @Override
    public ApiKlant koppeling() {
        return new ApiKlant(poort, "koppeling");
    }
}
