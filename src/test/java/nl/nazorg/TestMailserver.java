package nl.nazorg;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server in the test JVM (GreenMail), started once: the application under test sends every mail to
 * partners through it, and tests count what arrived at the receiving end.
 */
public final class TestMailserver {

    private static GreenMail server;

    private TestMailserver() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int poort() {
        return server().getSmtp().getPort();
    }
}
