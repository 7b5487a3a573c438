package nl.nazorg.overdracht;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dagenVoorUitstroom how many days before the expected release (or court date) the warme overdracht starts
 */
@ConfigurationProperties("nazorg.overdracht")
public record OverdrachtProperties(Integer dagenVoorUitstroom) {

    public OverdrachtProperties {
        if (dagenVoorUitstroom == null) {
            dagenVoorUitstroom = 14;
        }
        if (dagenVoorUitstroom < 0) {
            throw new IllegalArgumentException("nazorg.overdracht.dagen-voor-uitstroom mag niet negatief zijn");
        }
    }
}
