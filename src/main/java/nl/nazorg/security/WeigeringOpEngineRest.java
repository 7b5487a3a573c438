package nl.nazorg.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A refusal of the engine's checks that Camunda's REST resource wrapped into a bad request with a text of its own
 * (adding a comment: "Not enough parameters submitted") is answered as what it is: 403 with the refusal's message.
 */
@Component
class WeigeringOpEngineRest implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Als403.class);
    }

    /** Preferred over Camunda's own mapper of the same type (lower priority value), for these refusals only. */
    @Priority(1000)
    static class Als403 implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException fout) {
            return weigering(fout) != null;
        }

        @Override
        public Response toResponse(RestException fout) {
            return ExceptionHandlerHelper.getInstance().getResponse(weigering(fout));
        }

        private static AuthorizationException weigering(Throwable fout) {
            for (Throwable oorzaak = fout.getCause(); oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof AuthorizationException weigering) {
                    return weigering;
                }
            }
            return null;
        }
    }
}
