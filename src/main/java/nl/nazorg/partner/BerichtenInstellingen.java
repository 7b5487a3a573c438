package nl.nazorg.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How messages to partners leave the application ({@code nazorg.berichten}).
 *
 * @param kanaal   {@code logboek} (default): every message is only recorded in verzonden_bericht, so the demo runs
 *                 without a mail server; {@code smtp}: mail is really sent through Spring Mail ({@code spring.mail.*})
 *                 and recorded. Another value stops the application at start-up.
 * @param afzender the From address of the mail
 */
@ConfigurationProperties("nazorg.berichten")
public record BerichtenInstellingen(Kanaal kanaal, String afzender) {

    public enum Kanaal { LOGBOEK, SMTP }

    public BerichtenInstellingen {
        kanaal = kanaal == null ? Kanaal.LOGBOEK : kanaal;
    }
}
