package nl.nazorg.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How messages to partners leave the application ({@code nazorg.berichten}).
 *
 * @param kanaal             {@code logboek} (default): every message is only recorded in verzonden_bericht, so the
 *                           demo runs without a mail server; {@code smtp}: mail is recorded, put in the outbox
 *                           (uitgaande_mail) and sent from there through Spring Mail ({@code spring.mail.*}). Another
 *                           value stops the application at start-up.
 * @param afzender           the From address of the mail
 * @param incidentNaPogingen after this many failed attempts to send one mail, an incident of type
 *                           {@value MailVerzender#INCIDENTTYPE} shows it in Cockpit (default 3); sending goes on
 */
@ConfigurationProperties("nazorg.berichten")
public record BerichtenInstellingen(Kanaal kanaal, String afzender, Integer incidentNaPogingen) {

    public enum Kanaal { LOGBOEK, SMTP }

    public BerichtenInstellingen {
        kanaal = kanaal == null ? Kanaal.LOGBOEK : kanaal;
        incidentNaPogingen = incidentNaPogingen == null ? 3 : incidentNaPogingen;
        if (incidentNaPogingen < 1) {
            throw new IllegalStateException("nazorg.berichten.incident-na-pogingen moet minstens 1 zijn");
        }
    }
}
