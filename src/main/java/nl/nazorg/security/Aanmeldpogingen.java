package nl.nazorg.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow an account down and never lock it for good: Camunda's own delay after each failure
 * ({@code loginDelay*} in application.yaml, at most a minute after the last one) with {@code loginMaxAttempts} so high
 * that its permanent lock is never reached. Anyone who knows a user name, such as that of the system account feeding a
 * region, could otherwise switch that account off with ten wrong passwords.
 * <p>
 * Every password check of every route (the REST APIs, the webapps' login) is Camunda's {@code CheckPassword}, which
 * counts a failure in the user's row; from the {@value #HERHAALD}rd failure in a row that is logged as a warning with
 * the user id and the count. The password never reaches this class. Attempts while the account waits are not checked
 * at all (Camunda refuses them unseen), so they tell an attacker nothing and are neither counted nor logged; the log
 * thus gets at most one line per delay.
 */
@Component
class Aanmeldpogingen extends AbstractProcessEnginePlugin {

    static final int HERHAALD = 3;
    private static final Logger MISLUKT = LoggerFactory.getLogger(Aanmeldpogingen.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return DbIdentityServiceProvider.class;
            }

            @Override
            public Session openSession() {
                return new Wachtwoordcontrole();
            }
        });
    }

    /**
     * Camunda's identity in the database (with a single sign-on user's own profile), telling when someone keeps trying
     * wrong passwords.
     */
    private static final class Wachtwoordcontrole extends EigenProfiel {

        @Override
        protected void lockUser(UserEntity gebruiker) {
            super.lockUser(gebruiker);
            if (gebruiker.getAttempts() >= HERHAALD) {
                MISLUKT.warn("Aanmelden als {} mislukt: {} keer achter elkaar een fout wachtwoord; opnieuw proberen kan vanaf {}",
                        gebruiker.getId(), gebruiker.getAttempts(), gebruiker.getLockExpirationTime().toInstant());
            }
        }
    }
}
