package nl.nazorg.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the demo profile the application does not start without its first administrator in configuration, with
 * a password of its own: Camunda would otherwise use the user id as password, and with no administrator at all the
 * only way to create one would be the set-up page, which stays closed (CVE-2026-77226, {@link Beveiliging}).
 * Checked before anything else starts, so the message is the first and only thing an operator reads.
 */
public class BeheerderUitConfiguratie implements EnvironmentPostProcessor {

    static final int MINIMALE_LENGTE = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment omgeving, SpringApplication applicatie) {
        if (omgeving.acceptsProfiles(Profiles.of("demo"))) {
            return;
        }
        String id = omgeving.getProperty("camunda.bpm.admin-user.id", "");
        String wachtwoord = omgeving.getProperty("camunda.bpm.admin-user.password", "");
        if (id.isBlank()) {
            throw new IllegalStateException("Geen beheerder ingesteld. Zet CAMUNDA_BPM_ADMINUSER_ID en "
                    + "CAMUNDA_BPM_ADMINUSER_PASSWORD (of start met het profiel demo om alleen te proberen).");
        }
        if (wachtwoord.length() < MINIMALE_LENGTE || wachtwoord.equals(id)) {
            throw new IllegalStateException("CAMUNDA_BPM_ADMINUSER_PASSWORD ontbreekt of is te zwak: minstens "
                    + MINIMALE_LENGTE + " tekens en niet gelijk aan de gebruikersnaam.");
        }
    }
}
