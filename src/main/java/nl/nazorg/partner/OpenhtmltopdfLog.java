package nl.nazorg.partner;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J (its own logger writes to stderr). Its INFO messages are progress chatter for
 * every document ("Using fast-mode renderer"), so they are logged at DEBUG; warnings and errors stay as they are.
 */
final class OpenhtmltopdfLog implements XRLogger {

    @Override
    public void log(String waar, Level niveau, String bericht) {
        log(waar, niveau, bericht, null);
    }

    @Override
    public void log(String waar, Level niveau, String bericht, Throwable fout) {
        Logger logger = LoggerFactory.getLogger(waar);
        int waarde = niveau.intValue();
        if (waarde >= Level.SEVERE.intValue()) {
            logger.error(bericht, fout);
        } else if (waarde >= Level.WARNING.intValue()) {
            logger.warn(bericht, fout);
        } else if (waarde >= Level.INFO.intValue()) {
            logger.debug(bericht, fout);
        } else {
            logger.trace(bericht, fout);
        }
    }

    @Override
    public void setLevel(String waar, Level niveau) {
        // levels are Logback's business
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnose) {
        Logger logger = LoggerFactory.getLogger(diagnose.getLogMessageId().getWhere());
        int waarde = diagnose.getLevel().intValue();
        return waarde >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                : waarde >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
