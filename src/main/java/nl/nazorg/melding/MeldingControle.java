package nl.nazorg.melding;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validator;
import nl.nazorg.api.Invoercontrole;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.partner.PartnerAdressen;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Checks a melding completely and names every wrong field at once: the annotations on the record, then what
 * they cannot see (the elfproef, known PIs and gemeenten, the order of dates).
 */
@Component
public class MeldingControle {

    private final PartnerAdressen adressen;
    private final GemeenteTabel gemeenten;
    private final Validator validator;

    public MeldingControle(PartnerAdressen adressen, GemeenteTabel gemeenten, Validator validator) {
        this.adressen = adressen;
        this.gemeenten = gemeenten;
        this.validator = validator;
    }

    public void controleer(EersteDagsmelding melding) {
        Invoercontrole controle = Invoercontrole.volgensAnnotaties(validator, melding);
        LocalDate vandaag = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        if (melding.bsn() != null && !melding.bsn().isBlank()) {
            controle.eis(BsnControle.isGeldig(melding.bsn()), "bsn", "is geen geldig burgerservicenummer (9 cijfers, elfproef)");
        }
        if (melding.piCode() != null && !melding.piCode().isBlank()) {
            controle.eis(adressen.kentPi(melding.piCode()), "piCode", "is geen bekende PI");
        }
        if (melding.gemeenteCode() != null && melding.gemeenteCode().matches("GM[0-9]{4}")) {
            controle.eis(gemeenten.kent(melding.gemeenteCode()), "gemeenteCode", GemeenteTabel.ONBEKEND);
        }
        LocalDate insluiting = melding.insluitingsdatum();
        if (insluiting != null) {
            controle.eis(!insluiting.isAfter(vandaag), "insluitingsdatum", "ligt in de toekomst");
            controle.eis(melding.geboortedatum() == null || melding.geboortedatum().isBefore(insluiting),
                    "geboortedatum", "ligt niet voor de insluitingsdatum");
            controle.eis(melding.verwachteUitstroomdatum() == null || !melding.verwachteUitstroomdatum().isBefore(insluiting),
                    "verwachteUitstroomdatum", "ligt voor de insluitingsdatum");
            controle.eis(melding.zittingsdatum() == null || !melding.zittingsdatum().isBefore(insluiting),
                    "zittingsdatum", "ligt voor de insluitingsdatum");
        }
        controle.eis(melding.zittingsdatum() == null || Boolean.TRUE.equals(melding.voorlopigeHechtenis()),
                "zittingsdatum", "hoort alleen bij voorlopige hechtenis");
        controle.weigerBijFouten();
    }
}
