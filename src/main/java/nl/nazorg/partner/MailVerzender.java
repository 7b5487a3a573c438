package nl.nazorg.partner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail in the outbox ({@link UitgaandeMail}), on every node, every {@code nazorg.berichten.verzend-interval}
 * (default one second). Each mail is locked, sent and marked sent in one transaction of its own: another node skips
 * it meanwhile, and a node that dies before the commit leaves it for the next one.
 * <p>
 * SMTP has no transactions. A node that dies after the server accepted a mail but before the commit of that one row
 * leaves the mail unmarked, and it is sent again, with the same Message-ID (derived from its sleutel) so the receiving
 * mail system can recognise the repeat. When the server refuses or cannot be reached, the attempt is counted and the
 * mail waits (30 s, doubling, at most an hour); after {@code nazorg.berichten.incident-na-pogingen} attempts an
 * incident on the case's process instance shows it in Cockpit, and it is resolved when the mail has gone.
 */
@Component
@ConditionalOnProperty(name = "nazorg.berichten.kanaal", havingValue = "smtp")
public class MailVerzender {

    static final String INCIDENTTYPE = "mailNietVerstuurd";
    private static final Logger LOG = LoggerFactory.getLogger(MailVerzender.class);
    private static final Duration EERSTE_WACHTTIJD = Duration.ofSeconds(30);
    private static final Duration LANGSTE_WACHTTIJD = Duration.ofHours(1);
    private static final int MAX_PER_RONDE = 100;

    private final JavaMailSender mailSender;
    private final UitgaandeMail uitgaandeMail;
    private final TransactionTemplate transactie;
    private final RuntimeService runtime;
    private final String afzender;
    private final int incidentNaPogingen;

    public MailVerzender(JavaMailSender mailSender, UitgaandeMail uitgaandeMail, PlatformTransactionManager transacties,
                         RuntimeService runtime, BerichtenInstellingen instellingen) {
        if (instellingen.afzender() == null || instellingen.afzender().isBlank()) {
            throw new IllegalStateException("Geen afzender geconfigureerd: nazorg.berichten.afzender");
        }
        this.mailSender = mailSender;
        this.uitgaandeMail = uitgaandeMail;
        this.transactie = new TransactionTemplate(transacties);
        this.runtime = runtime;
        this.afzender = instellingen.afzender().trim();
        this.incidentNaPogingen = instellingen.incidentNaPogingen();
    }

    /** Sends what is due, one mail per transaction, until nothing is due (or a round's maximum is reached). */
    @Scheduled(fixedDelayString = "${nazorg.berichten.verzend-interval:PT1S}")
    public void verstuurWatKlaarstaat() {
        for (int i = 0; i < MAX_PER_RONDE; i++) {
            Boolean verwerkt = transactie.execute(status -> uitgaandeMail.volgende(nu()).map(mail -> {
                verstuur(mail);
                return true;
            }).orElse(false));
            if (!Boolean.TRUE.equals(verwerkt)) {
                return;
            }
        }
    }

    private void verstuur(UitgaandeMail.Klaarstaand mail) {
        try {
            mailSender.send(mimeMessage(mail));
        } catch (MailException e) {
            mislukt(mail, e);
            return;
        }
        uitgaandeMail.markeerVerstuurd(mail.id(), nu());
        if (mail.incidentId() != null
                && runtime.createIncidentQuery().incidentId(mail.incidentId()).count() > 0) {
            runtime.resolveIncident(mail.incidentId());
        }
    }

    private void mislukt(UitgaandeMail.Klaarstaand mail, MailException fout) {
        int pogingen = mail.pogingen() + 1;
        String melding = beknopt("Mail " + mail.sleutel() + " niet verstuurd (poging " + pogingen + "): "
                + fout.getClass().getSimpleName() + ": " + fout.getMessage());
        String incidentId = mail.incidentId();
        if (incidentId == null && pogingen >= incidentNaPogingen) {
            incidentId = incident(mail, melding);
        }
        Duration wachttijd = EERSTE_WACHTTIJD.multipliedBy(1L << Math.min(pogingen - 1, 7));
        uitgaandeMail.markeerMislukt(mail.id(), pogingen, nu().plus(wachttijd.compareTo(LANGSTE_WACHTTIJD) > 0
                ? LANGSTE_WACHTTIJD : wachttijd), melding, incidentId);
        LOG.warn(melding);
    }

    /** An incident on the case's process instance while it runs; a finished case can only be logged. */
    private String incident(UitgaandeMail.Klaarstaand mail, String melding) {
        if (mail.procesInstantieId() == null
                || runtime.createProcessInstanceQuery().processInstanceId(mail.procesInstantieId()).count() == 0) {
            LOG.error("{}; de procesinstantie loopt niet meer, dus geen incident", melding);
            return null;
        }
        Incident incident = runtime.createIncident(INCIDENTTYPE, mail.procesInstantieId(),
                "uitgaande_mail/" + mail.id(), melding);
        return incident.getId();
    }

    private MimeMessage mimeMessage(UitgaandeMail.Klaarstaand mail) {
        MimeMessage bericht = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(bericht, mail.bijlage() == null
                    ? MimeMessageHelper.MULTIPART_MODE_NO : MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            // A mail sent again by a node that died before marking it has the same Message-ID
            // (Spring's JavaMailSenderImpl keeps a Message-ID that is set).
            bericht.setHeader("Message-ID", berichtId(mail.sleutel()));
            helper.setFrom(afzender);
            helper.setTo(mail.ontvanger());
            helper.setSubject(mail.onderwerp());
            helper.setSentDate(ClockUtil.getCurrentTime());
            helper.setText(mail.inhoud(), false);
            if (mail.bijlage() != null) {
                Bijlage bijlage = mail.bijlage();
                helper.addAttachment(bijlage.bestandsnaam(), new ByteArrayResource(bijlage.inhoud()), bijlage.mediaType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail '" + mail.onderwerp() + "' kon niet worden opgesteld", e);
        }
        return bericht;
    }

    static String berichtId(String sleutel) {
        return "<" + DocumentArchief.sha256(sleutel.getBytes(StandardCharsets.UTF_8)) + "@nazorg>";
    }

    private static String beknopt(String tekst) {
        return tekst.length() <= 500 ? tekst : tekst.substring(0, 497) + "...";
    }

    private static Instant nu() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
