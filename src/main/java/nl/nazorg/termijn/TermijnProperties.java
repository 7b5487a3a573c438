package nl.nazorg.termijn;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param extraVrijeDagen        days that a royal decree adds to the Algemene termijnenwet (art. 3 lid 3), e.g. the
 *                               Friday after Hemelvaartsdag, on top of the holiday library's calendar
 * @param bekendheidWerkdagen    working days after insluiting for "Bekendheid beoordelen" (1c)
 * @param contactWerkdagen       working days after insluiting for "Contact leggen met regievoerder" (1e)
 * @param afstemmenWerkdagen     working days after insluiting for "Proces afstemmen" (1f)
 * @param waarschuwingWerkdagen  working days before a deadline that the group that must act is warned
 */
@ConfigurationProperties("nazorg.termijnen")
public record TermijnProperties(List<LocalDate> extraVrijeDagen, Integer bekendheidWerkdagen, Integer contactWerkdagen,
                                Integer afstemmenWerkdagen, Integer waarschuwingWerkdagen) {

    /** 1c: the melding arrives on day one; the PI needs the outcome (1d) to reach out well before the intake. */
    static final int BEKENDHEID_WERKDAGEN = 2;
    /** 1e: the casemanager contacts the regievoerder in the first week. */
    static final int CONTACT_WERKDAGEN = 4;
    /** 1f: afstemmen decides who joins the intake (due end of week 2), so it is done within the first week. */
    static final int AFSTEMMEN_WERKDAGEN = 5;
    static final int WAARSCHUWING_WERKDAGEN = 2;

    public TermijnProperties {
        extraVrijeDagen = extraVrijeDagen == null ? List.of() : List.copyOf(extraVrijeDagen);
        bekendheidWerkdagen = aantal(bekendheidWerkdagen, BEKENDHEID_WERKDAGEN, "bekendheid-werkdagen", 1);
        contactWerkdagen = aantal(contactWerkdagen, CONTACT_WERKDAGEN, "contact-werkdagen", 1);
        afstemmenWerkdagen = aantal(afstemmenWerkdagen, AFSTEMMEN_WERKDAGEN, "afstemmen-werkdagen", 1);
        waarschuwingWerkdagen = aantal(waarschuwingWerkdagen, WAARSCHUWING_WERKDAGEN, "waarschuwing-werkdagen", 0);
    }

    /** The defaults, as the application starts without configuration. */
    public static TermijnProperties standaard() {
        return new TermijnProperties(List.of(), null, null, null, null);
    }

    private static int aantal(Integer waarde, int standaard, String naam, int minimum) {
        if (waarde == null) {
            return standaard;
        }
        if (waarde < minimum) {
            throw new IllegalArgumentException("nazorg.termijnen." + naam + " moet minstens " + minimum + " zijn, niet " + waarde);
        }
        return waarde;
    }
}
