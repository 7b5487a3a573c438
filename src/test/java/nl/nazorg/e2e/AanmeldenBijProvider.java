package nl.nazorg.e2e;

import java.util.List;

import nl.nazorg.ApiKlant;
import nl.nazorg.security.OidcIngesteld;
import oidcprovider.OidcTestprovider;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.openqa.selenium.By;

/**
 * Single sign-on at the tests' OpenID provider, for nazorg configured as {@link OidcIngesteld} does. The person of a
 * role is "sso-" and the role's name: a person of the provider whom Camunda's identity tables do not know, in the
 * provider's groups (see {@link OidcIngesteld#extern}) for the groups of the role's demo user. They log in on the
 * provider's login page and out with /uitloggen, at nazorg and at the provider. The koppeling sends the access
 * token of its client (client credentials), fetched for every message, as tokens expire.
 */
record AanmeldenBijProvider(int poort, OidcTestprovider provider, IdentityService identiteit) implements Aanmeldwijze {

    private static final By NAAM = By.cssSelector("input[name='username']");

    @Override
    public void toonInlogpagina(Browser browser) {
        browser.open("/camunda/app/tasklist/default/");
        wachtOpInlogpagina(browser);
    }

    /** Registers the person at the provider with the groups of the role's demo user, then logs in as them. */
    @Override
    public void meldAan(Browser browser, String rol) {
        String persoon = gebruikerVan(rol);
        provider.gebruiker(persoon, providergroepenVan(rol));
        browser.driver().findElement(NAAM).sendKeys(persoon);
        browser.driver().findElement(By.cssSelector("input[name='password']"))
                .sendKeys(provider.wachtwoordVan(persoon));
        browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** Logs out at both ends: after nazorg, the provider's session ends too, so its login page comes next. */
    @Override
    public void meldAf(Browser browser) {
        browser.open("/uitloggen");
        wachtOpInlogpagina(browser);
    }

    @Override
    public String gebruikerVan(String rol) {
        return "sso-" + rol;
    }

    @Override
    public ApiKlant koppeling() {
        return ApiKlant.metToken(poort, provider.koppelingToken());
    }

    private List<String> providergroepenVan(String rol) {
        List<String> groepen = identiteit.createGroupQuery().groupMember(rol).list().stream()
                .map(Group::getId).map(OidcIngesteld::extern).toList();
        if (groepen.isEmpty()) {
            throw new IllegalArgumentException("Geen demogebruiker met groepen voor de rol " + rol);
        }
        return groepen;
    }

    private void wachtOpInlogpagina(Browser browser) {
        browser.wacht(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login") && !d.findElements(NAAM).isEmpty()
                ? true : null);
    }
}
