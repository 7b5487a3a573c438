package nl.nazorg.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import nl.nazorg.plan.DrPlanDocument;
import nl.nazorg.plan.TestVariabelen;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMTP channel on its own, against GreenMail (an SMTP server in the test) and a real logboek on H2: the mail
 * arrives once with its PDF, a repeated sleutel is not sent again, and a failed send leaves nothing recorded.
 */
class MailPartnerBerichtenTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    private static final String AFZENDER = "nazorg@nazorg.example.nl";

    private DataSource database;
    private DataSourceTransactionManager transacties;
    private BerichtenLogboek logboek;
    private String detentieId;

    @BeforeEach
    void zetOp() {
        database = PartnerTestDatabase.h2();
        transacties = new DataSourceTransactionManager(database);
        logboek = new BerichtenLogboek(new JdbcTemplate(database));
        detentieId = "DET-" + UUID.randomUUID();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-27T13:00:00Z")));
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @Test
    void mailKomtAanMetDePdfAlsBijlageEnStaatInHetLogboek() throws Exception {
        byte[] pdf = pdf();

        berichten(GREENMAIL.getSmtp().getPort()).verstuur(plan("nazorg@zvh-noord.example.nl", pdf));

        assertThat(GREENMAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] mails = GREENMAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).isEqualTo("D&R-plan detentie " + detentieId);
        assertThat(mail.getFrom()[0].toString()).isEqualTo(AFZENDER);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("nazorg@zvh-noord.example.nl");
        Multipart delen = (Multipart) mail.getContent();
        BodyPart bijlage = null;
        String tekst = null;
        for (int i = 0; i < delen.getCount(); i++) {
            BodyPart deel = delen.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition())) {
                bijlage = deel;
            } else {
                tekst = tekstVan(deel);
            }
        }
        assertThat(tekst).contains("In de bijlage vindt u het vastgestelde D&R-plan van Ş. Kılıç.");
        assertThat(bijlage).isNotNull();
        assertThat(bijlage.getFileName()).isEqualTo("DR-plan-" + detentieId + ".pdf");
        assertThat(bijlage.getContentType()).startsWith("application/pdf");
        try (InputStream in = bijlage.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        assertThat(logboek.voorCasus(detentieId)).singleElement().satisfies(bericht -> {
            assertThat(bericht.kanaal()).isEqualTo(Bericht.Kanaal.MAIL);
            assertThat(bericht.ontvanger()).isEqualTo("nazorg@zvh-noord.example.nl");
            assertThat(bericht.onderwerp()).isEqualTo("D&R-plan detentie " + detentieId);
            assertThat(bericht.bijlage()).isEqualTo("DR-plan-" + detentieId + ".pdf");
            assertThat(bericht.verzondenOp()).isEqualTo(Instant.parse("2026-03-27T13:00:00Z"));
        });
    }

    @Test
    void zelfdeSleutelTweemaalWordtEenmaalBezorgd() throws Exception {
        MailPartnerBerichten berichten = berichten(GREENMAIL.getSmtp().getPort());
        Bericht bericht = plan("nazorg@reclassering.example.nl", pdf());

        berichten.verstuur(bericht);
        berichten.verstuur(bericht);

        assertThat(GREENMAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        Thread.sleep(300);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        assertThat(logboek.voorCasus(detentieId)).hasSize(1);
    }

    @Test
    void onbereikbareMailserverGooitEenFoutEnLegtNietsVast() throws Exception {
        MailPartnerBerichten berichten = berichten(vrijePoort());

        assertThatThrownBy(() -> berichten.verstuur(plan("nazorg@zvh-noord.example.nl", pdf())))
                .isInstanceOf(MailException.class);

        assertThat(logboek.voorCasus(detentieId)).isEmpty();
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void naEenFoutVoorDeTweedeOntvangerMailtDeHerhalingAlleenDieNog() throws Exception {
        // As in a Camunda job: one transaction around all messages of the step. A failure for the second receiver
        // fails the job; the first receiver's mail was accepted and stays recorded, so the retry does not send it again.
        MailPartnerBerichten goed = berichten(GREENMAIL.getSmtp().getPort());
        MailPartnerBerichten onbereikbaar = berichten(vrijePoort());
        byte[] pdf = pdf();
        TransactionTemplate job = new TransactionTemplate(transacties);

        assertThatThrownBy(() -> job.executeWithoutResult(status -> {
            goed.verstuur(plan("nazorg@zvh-noord.example.nl", pdf));
            onbereikbaar.verstuur(plan("nazorg@reclassering.example.nl", pdf));
        })).isInstanceOf(MailException.class);
        assertThat(logboek.voorCasus(detentieId)).extracting(BerichtenLogboek.VerzondenBericht::ontvanger)
                .containsExactly("nazorg@zvh-noord.example.nl");

        job.executeWithoutResult(status -> {
            goed.verstuur(plan("nazorg@zvh-noord.example.nl", pdf));
            goed.verstuur(plan("nazorg@reclassering.example.nl", pdf));
        });

        assertThat(GREENMAIL.waitForIncomingEmail(5_000, 2)).isTrue();
        Thread.sleep(300);
        assertThat(GREENMAIL.getReceivedMessages()).extracting(mail -> mail.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("nazorg@zvh-noord.example.nl", "nazorg@reclassering.example.nl");
        assertThat(GREENMAIL.getReceivedMessages()).extracting(mail -> mail.getMessageID()).as("Message-ID from the key")
                .containsExactlyInAnyOrder(MailPartnerBerichten.berichtId(plan("nazorg@zvh-noord.example.nl", pdf)),
                        MailPartnerBerichten.berichtId(plan("nazorg@reclassering.example.nl", pdf)));
        assertThat(logboek.voorCasus(detentieId)).hasSize(2);
    }

    @Test
    void berichtVoorEenAnderKanaalWordtAlleenVastgelegd() {
        berichten(GREENMAIL.getSmtp().getPort()).verstuur(new Bericht(detentieId + "/Task_InformeerPi/coordinator",
                detentieId, Bericht.Kanaal.GCOS, "coordinator-nazorg-noord-limburg", "Uitkomst check", "tekst"));

        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
        assertThat(logboek.voorCasus(detentieId)).extracting(BerichtenLogboek.VerzondenBericht::kanaal)
                .containsExactly(Bericht.Kanaal.GCOS);
    }

    @Test
    void zonderAfzenderStartHetMailkanaalNiet() {
        assertThatThrownBy(() -> new MailPartnerBerichten(new JavaMailSenderImpl(), logboek, transacties,
                new BerichtenInstellingen(BerichtenInstellingen.Kanaal.SMTP, " ")))
                .hasMessageContaining("nazorg.berichten.afzender");
    }

    private MailPartnerBerichten berichten(int poort) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(poort);
        mailSender.setDefaultEncoding("UTF-8");
        Properties eigenschappen = new Properties();
        eigenschappen.put("mail.smtp.connectiontimeout", "5000");
        eigenschappen.put("mail.smtp.timeout", "5000");
        eigenschappen.put("mail.smtp.writetimeout", "5000");
        mailSender.setJavaMailProperties(eigenschappen);
        return new MailPartnerBerichten(mailSender, logboek, transacties,
                new BerichtenInstellingen(BerichtenInstellingen.Kanaal.SMTP, AFZENDER));
    }

    private Bericht plan(String ontvanger, byte[] pdf) {
        return new Bericht("pi-1/Task_DeelPlan/" + ontvanger, detentieId, Bericht.Kanaal.MAIL, ontvanger,
                "D&R-plan detentie " + detentieId, "Geachte heer/mevrouw,\n\nIn de bijlage vindt u het vastgestelde D&R-plan van Ş. Kılıç.",
                Bijlage.pdf("DR-plan-" + detentieId + ".pdf", pdf));
    }

    /** A real D&R-plan PDF (any bytes would do; this keeps the attachment realistic). */
    private static byte[] pdf() {
        DrPlanDocument document = new DrPlanDocument(TestVariabelen.gegevens(), TestVariabelen.opmaak());
        return document.pdf(document.gegevens(TestVariabelen.scope(TestVariabelen.vastgesteldPlan()))).inhoud();
    }

    private static String tekstVan(Part deel) throws Exception {
        Object inhoud = deel.getContent();
        if (inhoud instanceof Multipart multipart) {
            StringBuilder tekst = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                tekst.append(tekstVan(multipart.getBodyPart(i)));
            }
            return tekst.toString();
        }
        return inhoud.toString();
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
