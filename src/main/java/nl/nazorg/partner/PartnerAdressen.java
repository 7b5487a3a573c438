package nl.nazorg.partner;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The PIs and regions the application knows, with the mailboxes that receive their messages. */
@ConfigurationProperties("nazorg")
public record PartnerAdressen(Map<String, Pi> pis, Map<String, Regio> regios, Postbus reclassering) {

    public PartnerAdressen {
        pis = pis == null ? Map.of() : Map.copyOf(pis);
        regios = regios == null ? Map.of() : Map.copyOf(regios);
        reclassering = reclassering == null ? new Postbus(null) : reclassering;
    }

    public record Pi(String naam, String mailbox) {
    }

    public record Regio(String mailbox) {
    }

    public record Postbus(String mailbox) {
    }

    public boolean kentPi(String piCode) {
        return pis.containsKey(piCode);
    }

    public String piMailbox(String piCode) {
        Pi pi = pis.get(piCode);
        return verplicht(pi == null ? null : pi.mailbox(), "nazorg.pis." + piCode + ".mailbox");
    }

    public String piNaam(String piCode) {
        Pi pi = pis.get(piCode);
        return pi == null || pi.naam() == null ? piCode : pi.naam();
    }

    public String regioMailbox(String zvhRegio) {
        Regio regio = regios.get(zvhRegio);
        return verplicht(regio == null ? null : regio.mailbox(), "nazorg.regios." + zvhRegio + ".mailbox");
    }

    public String reclasseringMailbox() {
        return verplicht(reclassering.mailbox(), "nazorg.reclassering.mailbox");
    }

    /** A missing address is a configuration fault: the job fails, retries and becomes an incident in Cockpit. */
    private static String verplicht(String adres, String instelling) {
        if (adres == null || adres.isBlank()) {
            throw new IllegalStateException("Geen adres geconfigureerd: " + instelling);
        }
        return adres;
    }
}
