package nl.nazorg.e2e;

import nl.nazorg.security.OidcIngesteld;
import oidcprovider.OidcTestprovider;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole cases of {@link HeleCasusBrowserTest} with single sign-on (issue 22): nazorg configured for the tests'
 * OpenID provider ({@link OidcIngesteld}), every person logging in on the provider's login page and out at both ends
 * ({@link AanmeldenBijProvider}), each task done by a person whom Camunda's identity tables do not know, and the
 * partner systems' messages sent with the koppeling client's access token. Screenshots in
 * target/screenshots/hele-casus-oidc/.
 */
class HeleCasusOidcBrowserTest extends HeleCasusBrowserTest implements OidcIngesteld {

    @Autowired IdentityService identiteit;

    @Override
    Aanmeldwijze aanmeldwijze() {
        return new AanmeldenBijProvider(poort, OidcTestprovider.actief(), identiteit);
    }
}
