package nl.nazorg.termijn;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param extraVrijeDagen days that a royal decree adds to the Algemene termijnenwet (art. 3 lid 3),
 *                        e.g. the Friday after Hemelvaartsdag, on top of the holiday library's calendar
 */
@ConfigurationProperties("nazorg.termijnen")
public record TermijnProperties(List<LocalDate> extraVrijeDagen) {

    public TermijnProperties {
        extraVrijeDagen = extraVrijeDagen == null ? List.of() : List.copyOf(extraVrijeDagen);
    }
}
