package nl.nazorg;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

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

    /**
     * Waits (at most 15 s) until {@code aantal} received mails match, for the application sends from its outbox a
     * moment after the step that caused them; returns the matching mails.
     */
    public static List<MimeMessage> wachtOp(Predicate<MimeMessage> welke, int aantal) throws InterruptedException {
        Instant uiterlijk = Instant.now().plusSeconds(15);
        List<MimeMessage> gevonden = List.of();
        while (Instant.now().isBefore(uiterlijk)) {
            gevonden = Arrays.stream(server().getReceivedMessages()).filter(welke).toList();
            if (gevonden.size() >= aantal) {
                return gevonden;
            }
            Thread.sleep(100);
        }
        return gevonden;
    }

    public static int poort() {
        return server().getSmtp().getPort();
    }
}
