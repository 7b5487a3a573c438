package nl.nazorg.partner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The PIs, regions and gemeenten the application knows, with the mailboxes that receive their messages: those of
 * configuration ({@link PartnerInstellingen}) first, then those of the reference tables ({@link Partnertabel}).
 * Gemeenten are keyed by CBS code ({@code nazorg.gemeenten.GM0983.mailbox}); the code is matched without regard to
 * case, because environment variables ({@code NAZORG_GEMEENTEN_GM0983_MAILBOX}) bind it in lower case.
 * {@link #pis()} and {@link #regios()} are the configured ones only.
 */
public record PartnerAdressen(Map<String, Pi> pis, Map<String, Regio> regios, Postbus reclassering,
                              Map<String, Postbus> gemeenten, Partnertabel tabel) {

    public PartnerAdressen {
        pis = geordend(pis);
        regios = geordend(regios);
        reclassering = reclassering == null ? new Postbus(null) : reclassering;
        gemeenten = gemeenten == null ? Map.of() : gemeenten.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue,
                        (eerste, tweede) -> eerste));
        tabel = tabel == null ? Partnertabel.LEEG : tabel;
    }

    /** Configuration only, without reference tables. */
    public PartnerAdressen(Map<String, Pi> pis, Map<String, Regio> regios, Postbus reclassering,
                           Map<String, Postbus> gemeenten) {
        this(pis, regios, reclassering, gemeenten, Partnertabel.LEEG);
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
        return tabel.kentPi(piCode);
    }

    public String piMailbox(String piCode) {
        Pi pi = pis.get(piCode);
        return verplicht(pi == null || leeg(pi.mailbox()) ? tabel.piMailbox(piCode).orElse(null) : pi.mailbox(),
                "nazorg.pis." + piCode + ".mailbox");
    }

    public String piNaam(String piCode) {
        Pi pi = pis.get(piCode);
        return pi == null || pi.naam() == null ? tabel.piNaam(piCode).orElse(piCode) : pi.naam();
    }

    public String regioMailbox(String zvhRegio) {
        Regio regio = regios.get(zvhRegio);
        return verplicht(regio == null || leeg(regio.mailbox()) ? tabel.regioMailbox(zvhRegio).orElse(null) : regio.mailbox(),
                "nazorg.regios." + zvhRegio + ".mailbox");
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
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

    /**
     * A missing address is a configuration fault: the job fails, retries and becomes an incident in Cockpit. Beheer
     * then configures it or fills the table's mailbox (docs/referentiedata.md) and retries the job.
     */
    private static String verplicht(String adres, String instelling) {
        if (adres == null || adres.isBlank()) {
            throw new IllegalStateException("Geen adres geconfigureerd: " + instelling);
        }
        return adres;
    }
}
