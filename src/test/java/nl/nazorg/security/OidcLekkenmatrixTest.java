package nl.nazorg.security;

import java.util.List;

import nl.nazorg.ApiKlant;
import oidcprovider.OidcTestprovider;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The leak matrix of {@link LekkenmatrixTest} with single sign-on: each role is a person of the OpenID provider
 * ({@code sso-<role>}, unknown to Camunda's identity tables) in the provider groups of that role's demo user. The
 * REST paths get the person's access token from the provider's real login, the webapp paths a session through the
 * provider's login page; the koppeling is a client credentials token. Every role must see exactly what its demo
 * user may see, through the groups of the token alone.
 */
class OidcLekkenmatrixTest extends LekkenmatrixTest implements OidcIngesteld {

    @Autowired IdentityService identiteit;

    @Override
    Lezer lezer(String rol) {
        OidcTestprovider provider = OidcTestprovider.actief();
        if (rol.equals("koppeling")) {
            return new Lezer(ApiKlant.metToken(poort, provider.koppelingToken()), WebappSessie.viaNiemand(poort));
        }
        String persoon = "sso-" + rol;
        List<String> groepen = identiteit.createGroupQuery().groupMember(rol).list().stream()
                .map(Group::getId).map(OidcIngesteld::extern).toList();
        provider.gebruiker(persoon, groepen);
        return new Lezer(ApiKlant.metToken(poort, provider.toegangstoken(persoon)),
                WebappSessie.viaProvider(poort, provider, persoon));
    }
}
