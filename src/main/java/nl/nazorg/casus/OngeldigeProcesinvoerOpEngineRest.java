package nl.nazorg.casus;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A start form submitted through /engine-rest (Tasklist's "Proces starten") that the process refuses with an
 * {@link OngeldigeProcesinvoerException} is a 400, as the exception says: Camunda's REST resource wraps every engine
 * failure of a form submission into a 500 except a form field validation. The answer keeps Camunda's shape and the
 * Dutch message that names the field.
 */
@Component
class OngeldigeProcesinvoerOpEngineRest implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Als400.class);
    }

    /** Preferred over Camunda's own mapper of the same type (lower priority value), for these refusals only. */
    @Priority(1000)
    static class Als400 implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException fout) {
            return OngeldigeProcesinvoerException.veroorzaakt(fout, OngeldigeProcesinvoerException.class);
        }

        @Override
        public Response toResponse(RestException fout) {
            return ExceptionHandlerHelper.getInstance()
                    .getResponse(new RestException(Response.Status.BAD_REQUEST, fout, fout.getMessage()));
        }
    }
}
