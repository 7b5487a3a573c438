package nl.nazorg.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail channel ({@code nazorg.berichten.kanaal: smtp}): sends each {@link Bericht.Kanaal#MAIL MAIL} message through
 * Spring Mail, with its attachment, and records it in the logboek.
 * <p>
 * Each mail is recorded and sent in a transaction of its own, committed as soon as the SMTP server has accepted
 * it. The record's key (process instance, step, receiver) tells a retry of the same job that this receiver already
 * has the mail: when a step mails several partners and a later one fails, the job fails and Camunda retries it
 * (ending in an incident), and the retry mails only those still without it. When the server refuses or cannot be
 * reached, the record goes back with the exception. SMTP has no transactions: only a node that dies between the
 * server's acceptance and the commit of that one record sends that one mail again, with the same Message-ID.
 * Messages for other channels (GCOS, Injus notices) are recorded only, in the job's transaction.
 */
@Component
@ConditionalOnProperty(name = "nazorg.berichten.kanaal", havingValue = "smtp")
public class MailPartnerBerichten implements PartnerBerichten {

    private final JavaMailSender mailSender;
    private final BerichtenLogboek logboek;
    private final TransactionTemplate transactie;
    private final String afzender;

    public MailPartnerBerichten(JavaMailSender mailSender, BerichtenLogboek logboek,
                                PlatformTransactionManager transactionManager, BerichtenInstellingen instellingen) {
        if (instellingen.afzender() == null || instellingen.afzender().isBlank()) {
            throw new IllegalStateException("Geen afzender geconfigureerd: nazorg.berichten.afzender");
        }
        this.mailSender = mailSender;
        this.logboek = logboek;
        this.transactie = new TransactionTemplate(transactionManager);
        this.transactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.afzender = instellingen.afzender().trim();
    }

    @Override
    public void verstuur(Bericht bericht) {
        if (bericht.kanaal() != Bericht.Kanaal.MAIL) {
            logboek.legVast(bericht);
            return;
        }
        transactie.executeWithoutResult(status -> {
            if (logboek.legVast(bericht)) {
                mailSender.send(mail(bericht));
            }
        });
    }

    static String berichtId(Bericht bericht) {
        return "<" + HexFormat.of().formatHex(sha256(bericht.sleutel())) + "@nazorg>";
    }

    private static byte[] sha256(String tekst) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }

    private MimeMessage mail(Bericht bericht) {
        MimeMessage mail = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, bericht.bijlage() == null
                    ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            // The same message, sent again by a node that died before recording it, has the same Message-ID,
            // so the receiving mail system can recognise it (Spring's JavaMailSenderImpl keeps a set Message-ID).
            mail.setHeader("Message-ID", berichtId(bericht));
            helper.setFrom(afzender);
            helper.setTo(bericht.ontvanger());
            helper.setSubject(bericht.onderwerp());
            helper.setSentDate(ClockUtil.getCurrentTime());
            helper.setText(bericht.inhoud(), false);
            if (bericht.bijlage() != null) {
                Bijlage bijlage = bericht.bijlage();
                helper.addAttachment(bijlage.bestandsnaam(), new ByteArrayResource(bijlage.inhoud()), bijlage.mediaType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail '" + bericht.onderwerp() + "' kon niet worden opgesteld", e);
        }
        return mail;
    }
}
