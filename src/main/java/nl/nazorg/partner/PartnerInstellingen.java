package nl.nazorg.partner;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PIs, regions and gemeenten as configured ({@code nazorg.pis}, {@code nazorg.regios}, {@code nazorg.gemeenten},
 * {@code nazorg.reclassering}), joined with the reference tables into the one {@link PartnerAdressen} of the
 * application.
 */
@ConfigurationProperties("nazorg")
public record PartnerInstellingen(Map<String, PartnerAdressen.Pi> pis, Map<String, PartnerAdressen.Regio> regios,
                                  PartnerAdressen.Postbus reclassering, Map<String, PartnerAdressen.Postbus> gemeenten) {

    @Configuration(proxyBeanMethods = false)
    static class Adressering {

        @Bean
        PartnerAdressen partnerAdressen(PartnerInstellingen instellingen, Partnertabel tabel) {
            return new PartnerAdressen(instellingen.pis(), instellingen.regios(), instellingen.reclassering(),
                    instellingen.gemeenten(), tabel);
        }
    }
}
