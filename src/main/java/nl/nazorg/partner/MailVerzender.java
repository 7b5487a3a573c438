package nl.nazorg.partner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail in the outbox ({@link UitgaandeMail}), on every node, every {@code nazorg.berichten.verzend-interval}
 * (default one second). Up to {@link #PER_VERBINDING} due mails are locked, sent over one connection to the mail
 * server and marked sent or failed, each on its own, in one transaction: another node skips them meanwhile, and a node
 * that dies before the commit leaves them for the next one. One connection per mail cost about 47 ms a mail against
 * the test's server (a real one adds TLS and login to each connection); over one connection, about 1 ms.
 * <p>
 * SMTP has no transactions. A node that dies after the server accepted mails but before the commit of their batch
 * leaves them unmarked, and they are sent again, each with the same Message-ID (derived from its sleutel) so the
 * receiving mail system can recognise the repeat. When the server refuses a mail or cannot be reached, the attempt is
 * counted and the mail waits (30 s, doubling, at most an hour); after {@code nazorg.berichten.incident-na-pogingen}
 * attempts an incident on the case's process instance shows it in Cockpit, and it is resolved when the mail has gone.
 */
@Component
@ConditionalOnProperty(name = "nazorg.berichten.kanaal", havingValue = "smtp")
public class MailVerzender {

    static final String INCIDENTTYPE = "mailNietVerstuurd";
    private static final Logger LOG = LoggerFactory.getLogger(MailVerzender.class);
    private static final Duration EERSTE_WACHTTIJD = Duration.ofSeconds(30);
    private static final Duration LANGSTE_WACHTTIJD = Duration.ofHours(1);
    /** At most this many mails per connection and transaction: the most a crash can make the server receive twice. */
    static final int PER_VERBINDING = 10;
    private static final int MAX_PER_RONDE = 500;

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

    /** Sends what is due, a batch per transaction, until nothing is due (or a round's maximum is reached). */
    @Scheduled(fixedDelayString = "${nazorg.berichten.verzend-interval:PT1S}")
    public void verstuurWatKlaarstaat() {
        for (int verwerkt = 0; verwerkt < MAX_PER_RONDE; verwerkt += PER_VERBINDING) {
            Integer aantal = transactie.execute(status -> verstuur(uitgaandeMail.klaarstaand(nu(), PER_VERBINDING)));
            if (aantal == null || aantal < PER_VERBINDING) {
                return;
            }
        }
    }

    private int verstuur(List<UitgaandeMail.Klaarstaand> mails) {
        Map<MimeMessage, UitgaandeMail.Klaarstaand> opgesteld = new LinkedHashMap<>();
        for (UitgaandeMail.Klaarstaand mail : mails) {
            try {
                opgesteld.put(mimeMessage(mail), mail);
            } catch (MailPreparationException e) {
                mislukt(mail, e);
            }
        }
        Map<Object, Exception> fouten = verzend(opgesteld.keySet());
        opgesteld.forEach((bericht, mail) -> {
            Exception fout = fouten.get(bericht);
            if (fout == null) {
                verstuurd(mail);
            } else {
                mislukt(mail, fout);
            }
        });
        return mails.size();
    }

    /** Sends the mails over one connection; returns those the server did not take, each with its error. */
    private Map<Object, Exception> verzend(Collection<MimeMessage> berichten) {
        if (berichten.isEmpty()) {
            return Map.of();
        }
        try {
            mailSender.send(berichten.toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            // Without failed messages only closing the connection failed, after the server had taken every mail.
            return e.getFailedMessages();
        } catch (MailException e) {
            // e.g. the login refused: nothing was sent
            Map<Object, Exception> alle = new HashMap<>();
            berichten.forEach(bericht -> alle.put(bericht, e));
            return alle;
        }
    }

    private void verstuurd(UitgaandeMail.Klaarstaand mail) {
        uitgaandeMail.markeerVerstuurd(mail.id(), nu());
        if (mail.incidentId() != null
                && runtime.createIncidentQuery().incidentId(mail.incidentId()).count() > 0) {
            runtime.resolveIncident(mail.incidentId());
        }
    }

    private void mislukt(UitgaandeMail.Klaarstaand mail, Exception fout) {
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
