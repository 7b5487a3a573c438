package nl.nazorg.security;


import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Camunda answers a request for something that does not exist ({@code /process-instance/<unknown id>/variables})
 * with a {@link NullValueException}, which its REST APIs turn into a 500 with the exception. For a caller that is
 * logged in (the REST APIs, the webapps) it is bad input: 400 with Dutch text, on every route at once.
 */
@Component
class OntbrekendIsOngeldig extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Opdrachtcontroles.voorContext(configuratie, () -> new Vertaling(configuratie));
    }

    private static final class Vertaling extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuratie;

        Vertaling(ProcessEngineConfigurationImpl configuratie) {
            this.configuratie = configuratie;
        }

        @Override
        public <T> T execute(Command<T> opdracht) {
            try {
                return next.execute(opdracht);
            } catch (NullValueException fout) {
                if (configuratie.getIdentityService().getCurrentAuthentication() == null) {
                    throw fout;
                }
                throw new BadUserRequestException("Niet gevonden: wat dit verzoek noemt, bestaat niet (" + fout.getMessage() + ")", fout);
            }
        }
    }
}
