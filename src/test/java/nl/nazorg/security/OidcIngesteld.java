package nl.nazorg.security;

import java.util.List;

import oidcprovider.OidcTestprovider;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * For a {@code PostgresSpringTest}: nazorg configured for single sign-on with the tests' {@link OidcTestprovider}.
 * Every nazorg group has a provider group of another name ({@link #extern}), so the tests show that the translation
 * is used; the koppeling is a client with client credentials. All test classes with this interface share one Spring
 * context.
 */
public interface OidcIngesteld {

    List<String> NAZORG_GROEPEN = List.of("beheerder", "camunda-admin", "casemanager-ter-peel",
            "casemanager-sittard", "casemanager-roermond", "mdo-ter-peel", "mdo-sittard", "mdo-roermond",
            "zvh-administratie-noord-limburg", "zvh-administratie-midden-limburg", "coordinator-nazorg-noord-limburg",
            "coordinator-nazorg-midden-limburg", "procesregisseur-noord-limburg", "procesregisseur-midden-limburg",
            "reclassering", "gemeente-GM0983", "gemeente-GM0957", "ketenmanager");

    /** The provider's name of a nazorg group, as an organisation's directory might call it. */
    static String extern(String nazorgGroep) {
        return "Org " + nazorgGroep.toUpperCase();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        OidcTestprovider provider = OidcTestprovider.actief();
        registry.add("nazorg.oidc.issuer-uri", provider::issuer);
        registry.add("nazorg.oidc.client-id", () -> OidcTestprovider.NAZORG_CLIENT);
        registry.add("nazorg.oidc.client-secret", () -> provider.geheimVan(OidcTestprovider.NAZORG_CLIENT));
        registry.add("nazorg.oidc.koppeling-clients[0]", () -> OidcTestprovider.KOPPELING_CLIENT);
        // Camunda re-reads a webapp session's user and groups from its identity tables this often (5 minutes by
        // default); short here, so the tests see single sign-on sessions outlive it
        registry.add("camunda.bpm.webapp.auth.cache.time-to-live", () -> "1000");
        for (int i = 0; i < NAZORG_GROEPEN.size(); i++) {
            String groep = NAZORG_GROEPEN.get(i);
            registry.add("nazorg.oidc.groepen[" + i + "].extern", () -> extern(groep));
            registry.add("nazorg.oidc.groepen[" + i + "].nazorg", () -> groep);
        }
    }

    /** The provider lets nazorg on this test's port receive logins. */
    @BeforeEach
    default void providerKentNazorg(@Value("${local.server.port}") int poort) {
        OidcTestprovider.actief().kentNazorgOp(poort);
    }
}
