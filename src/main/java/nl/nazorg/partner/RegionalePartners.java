package nl.nazorg.partner;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mailboxes per ZVH region of the two partners the memo names among its open questions: the levensloopcasemanager
 * of the ketenveldnorm levensloopfunctie ({@code nazorg.levensloopcasemanagers.<regio>.mailbox}) and the
 * zorginstellingen where people stay instead of a PI, ISD and TBS ({@code nazorg.zorginstellingen.<regio>.mailbox}).
 * Like a region's ZVH mailbox, a missing one is a configuration fault once such a partner is involved in a case of
 * that region: the step fails, retries and becomes an incident in Cockpit.
 */
@ConfigurationProperties("nazorg")
public record RegionalePartners(Map<String, PartnerAdressen.Postbus> levensloopcasemanagers,
                                Map<String, PartnerAdressen.Postbus> zorginstellingen) {

    public RegionalePartners {
        levensloopcasemanagers = levensloopcasemanagers == null ? Map.of() : Map.copyOf(levensloopcasemanagers);
        zorginstellingen = zorginstellingen == null ? Map.of() : Map.copyOf(zorginstellingen);
    }

    public String levensloopcasemanagerMailbox(String zvhRegio) {
        return verplicht(levensloopcasemanagers.get(zvhRegio), "nazorg.levensloopcasemanagers." + zvhRegio + ".mailbox");
    }

    public String zorginstellingMailbox(String zvhRegio) {
        return verplicht(zorginstellingen.get(zvhRegio), "nazorg.zorginstellingen." + zvhRegio + ".mailbox");
    }

    private static String verplicht(PartnerAdressen.Postbus postbus, String instelling) {
        if (postbus == null || postbus.mailbox() == null || postbus.mailbox().isBlank()) {
            throw new IllegalStateException("Geen adres geconfigureerd: " + instelling);
        }
        return postbus.mailbox().trim();
    }
}
