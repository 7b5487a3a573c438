package nl.nazorg.zelfmelder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Validator;
import nl.nazorg.api.ApiFout;
import nl.nazorg.api.Invoercontrole;
import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.melding.BsnControle;
import nl.nazorg.identity.GemeenteTabel;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/** Starts zelfmelder cases exactly once per zelfmelderId and passes on the zelfmelder's reaction and the uitstel decision. */
@Service
public class Zelfmelders {

    private final RuntimeService runtime;
    private final ZelfmelderRepository zelfmelders;
    private final GemeenteTabel gemeenten;
    private final Validator validator;

    public Zelfmelders(RuntimeService runtime, ZelfmelderRepository zelfmelders, GemeenteTabel gemeenten, Validator validator) {
        this.runtime = runtime;
        this.zelfmelders = zelfmelders;
        this.gemeenten = gemeenten;
        this.validator = validator;
    }

    public void controleer(Zelfmeldermelding melding) {
        Invoercontrole controle = Invoercontrole.volgensAnnotaties(validator, melding);
        if (melding.bsn() != null && !melding.bsn().isBlank()) {
            controle.eis(BsnControle.isGeldig(melding.bsn()), "bsn", "is geen geldig burgerservicenummer (9 cijfers, elfproef)");
        }
        if (melding.oproepdatum() != null) {
            controle.eis(melding.oproepdatum().isAfter(vandaag()), "oproepdatum", "ligt niet in de toekomst");
        }
        if (melding.gemeenteCode() != null && melding.gemeenteCode().matches("GM[0-9]{4}")) {
            controle.eis(gemeenten.kent(melding.gemeenteCode()), "gemeenteCode", GemeenteTabel.ONBEKEND);
        }
        controle.weigerBijFouten();
    }

    /** @return true when this melding started the case, false when it already existed */
    public boolean meld(Zelfmeldermelding melding) {
        if (zelfmelders.zoek(melding.zelfmelderId()).isPresent()) {
            return false;
        }
        try {
            runtime.createMessageCorrelation("ZelfmelderMelding")
                    .processInstanceBusinessKey(melding.zelfmelderId())
                    .setVariables(variabelen(melding))
                    .correlateStartMessage();
            return true;
        } catch (ProcessEngineException e) {
            if (OngeldigeProcesinvoerException.veroorzaakt(e, ZelfmelderBestaatAlException.class)
                    && zelfmelders.zoek(melding.zelfmelderId()).isPresent()) {
                return false;
            }
            if (OngeldigeProcesinvoerException.veroorzaakt(e, AlInDetentieException.class)) {
                throw new ApiFout.Conflict(new AlInDetentieException().getMessage());
            }
            throw e;
        }
    }

    public void reactie(String zelfmelderId) {
        String pid = lopend(zelfmelderId);
        runtime.createMessageCorrelation("ReactieZelfmelder").processInstanceId(pid)
                .setVariable("reactieOntvangenOp", ClockUtil.getCurrentTime().toInstant().toString())
                .correlateAll();
    }

    public void uitstelbesluit(String zelfmelderId, Boolean toegekend, LocalDate nieuweOproepdatum) {
        String pid = lopend(zelfmelderId);
        LocalDate huidige = zelfmelders.zoek(zelfmelderId).orElseThrow().oproepdatum();
        new Invoercontrole()
                .eis(toegekend != null, "toegekend", "is verplicht")
                .eis(!Boolean.TRUE.equals(toegekend) || nieuweOproepdatum != null, "nieuweOproepdatum", "is verplicht bij toegekend uitstel")
                .eis(nieuweOproepdatum == null || nieuweOproepdatum.isAfter(huidige), "nieuweOproepdatum", "ligt niet na de huidige oproepdatum")
                .weigerBijFouten();
        Map<String, Object> besluit = new HashMap<>();
        besluit.put(ZelfmelderVariabelen.TOEGEKEND, toegekend);
        besluit.put(ZelfmelderVariabelen.NIEUWE_OPROEPDATUM, nieuweOproepdatum == null ? null : nieuweOproepdatum.toString());
        runtime.createMessageCorrelation("UitstelBesluit").processInstanceId(pid).setVariables(besluit).correlateAll();
    }

    private String lopend(String zelfmelderId) {
        String pid = zelfmelders.zoek(zelfmelderId)
                .orElseThrow(() -> new ApiFout.NietGevonden("Geen zelfmelder met zelfmelderId " + zelfmelderId))
                .processInstanceId();
        if (runtime.createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
            throw new ApiFout.Conflict("De zelfmeldercasus " + zelfmelderId + " is al afgesloten");
        }
        return pid;
    }

    private Map<String, Object> variabelen(Zelfmeldermelding melding) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(ZelfmelderVariabelen.ZELFMELDER_ID, melding.zelfmelderId());
        variabelen.put(NazorgVariabelen.BSN, melding.bsn());
        variabelen.put(NazorgVariabelen.ACHTERNAAM, melding.achternaam());
        variabelen.put(NazorgVariabelen.VOORLETTERS, melding.voorletters());
        variabelen.put(NazorgVariabelen.GEBOORTEDATUM, melding.geboortedatum().toString());
        variabelen.put(NazorgVariabelen.GESLACHT, melding.geslacht());
        variabelen.put(NazorgVariabelen.GEMEENTE_CODE, melding.gemeenteCode());
        variabelen.put(NazorgVariabelen.GEMEENTE_NAAM, gemeenten.zoek(melding.gemeenteCode())
                .map(GemeenteTabel.Gemeente::naam).orElse(melding.gemeenteCode()));
        variabelen.put(ZelfmelderVariabelen.OPROEPDATUM, melding.oproepdatum().toString());
        return variabelen;
    }

    private static LocalDate vandaag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
    }
}
