package nl.nazorg.partner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PIs, regions and gemeenten the application knows, with the mailboxes that receive their messages.
 * Gemeenten are keyed by CBS code ({@code nazorg.gemeenten.GM0983.mailbox}); the code is matched without regard to
 * case, because environment variables ({@code NAZORG_GEMEENTEN_GM0983_MAILBOX}) bind it in lower case.
 */
@ConfigurationProperties("nazorg")
public record PartnerAdressen(Map<String, Pi> pis, Map<String, Regio> regios, Postbus reclassering,
                              Map<String, Postbus> gemeenten) {

    public PartnerAdressen {
        pis = geordend(pis);
        regios = geordend(regios);
        reclassering = reclassering == null ? new Postbus(null) : reclassering;
        gemeenten = gemeenten == null ? Map.of() : gemeenten.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue,
                        (eerste, tweede) -> eerste));
    }

    public record Pi(String naam, String mailbox) {
    }

    public record Regio(String mailbox) {
    }

    public record Postbus(String mailbox) {
    }

    /** Keeps the order of configuration: reports list PIs and regions as the memo does. */
    private static <T> Map<String, T> geordend(Map<String, T> waarden) {
        return waarden == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(waarden));
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

    /**
     * The mailbox of a gemeente, when one is configured. Not every gemeente has one: a gemeente without a mailbox
     * gets nothing by mail (the ZVH of its region does), so this is optional rather than a configuration fault.
     */
    public Optional<String> gemeenteMailbox(String gemeenteCode) {
        if (gemeenteCode == null) {
            return Optional.empty();
        }
        Postbus postbus = gemeenten.get(gemeenteCode.trim().toUpperCase(Locale.ROOT));
        return postbus == null || postbus.mailbox() == null || postbus.mailbox().isBlank()
                ? Optional.empty() : Optional.of(postbus.mailbox().trim());
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
