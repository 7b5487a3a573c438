package nl.nazorg.security;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before any filter sees them: an encoded slash or backslash, NUL or invalid UTF-8
 * in the path. Under /api/v1 its answer is then a problem document like every other; elsewhere Tomcat's own page,
 * without report or server version. Installed as the host's error report valve (public, Tomcat instantiates it).
 */
public class ApiFoutrapport extends ErrorReportValve {

    public ApiFoutrapport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable fout) {
        String pad = request.getRequestURI();
        if (pad == null || !pad.startsWith("/api/v1")) {
            super.report(request, response, fout);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"status\":%d,\"title\":\"%s\",\"detail\":\"%s\"}".formatted(status,
                        status == 400 ? "Ongeldig verzoek" : "Verzoek geweigerd",
                        "De server weigert het verzoek voordat de API het leest, bijvoorbeeld om een gecodeerde slash, "
                                + "NUL of ongeldige UTF-8 in het pad."));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            getContainer().getLogger().debug("Probleemdocument voor status " + status + " niet geschreven", e);
        }
    }
}
