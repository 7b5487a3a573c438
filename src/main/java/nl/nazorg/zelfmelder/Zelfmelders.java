package nl.nazorg.zelfmelder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The zelfmelder's reaction, accepted in every step while the case runs: the model keeps the first one
     * (event subprocess "Reactie van de zelfmelder ontvangen") and it counts where the case waits for it. A repeat
     * changes nothing.
     */
    public void reactie(String zelfmelderId) {
        String pid = lopend(zelfmelderId);
        if (runtime.getVariable(pid, ZelfmelderVariabelen.REACTIE_ONTVANGEN_OP) != null) {
            return;
        }
        runtime.createMessageCorrelation(ZelfmelderVariabelen.BERICHT_REACTIE).processInstanceId(pid).correlateWithResult();
    }

    /**
     * The OM/CJIB decision on the gemeente's request for uitstel. Accepted while a request is open (also when it is
     * still queued or being sent again: the model keeps the decision until it waits for it); the same decision again
     * is answered as done. Without an open request there is nothing to decide on: a conflict that says why.
     *
     * @return true when the decision was taken in now, false when this decision had already been processed
     */
    public boolean uitstelbesluit(String zelfmelderId, Boolean toegekend, LocalDate nieuweOproepdatum) {
        String pid = lopend(zelfmelderId);
        new Invoercontrole()
                .eis(toegekend != null, "toegekend", "is verplicht")
                .eis(!Boolean.TRUE.equals(toegekend) || nieuweOproepdatum != null, "nieuweOproepdatum", "is verplicht bij toegekend uitstel")
                .weigerBijFouten();
        Map<String, Object> vastgelegd = runtime.getVariables(pid, List.of(ZelfmelderVariabelen.UITSTEL_BESLUIT_OP,
                ZelfmelderVariabelen.UITSTEL_TOEGEKEND, ZelfmelderVariabelen.OPROEPDATUM));
        boolean besloten = vastgelegd.get(ZelfmelderVariabelen.UITSTEL_BESLUIT_OP) != null;
        if (besloten && toegekend.equals(vastgelegd.get(ZelfmelderVariabelen.UITSTEL_TOEGEKEND))
                && (!toegekend || nieuweOproepdatum.toString().equals(vastgelegd.get(ZelfmelderVariabelen.OPROEPDATUM)))) {
            return false;
        }
        LocalDate huidige = zelfmelders.zoek(zelfmelderId).orElseThrow().oproepdatum();
        new Invoercontrole()
                .eis(nieuweOproepdatum == null || nieuweOproepdatum.isAfter(huidige), "nieuweOproepdatum", "ligt niet na de huidige oproepdatum")
                .weigerBijFouten();
        if (besloten) {
            throw new ApiFout.Conflict("Over het uitstel van zelfmelder " + zelfmelderId
                    + " is al besloten; een ander besluit wordt niet verwerkt");
        }
        if (runtime.createEventSubscriptionQuery().processInstanceId(pid).eventType("message")
                .eventName(ZelfmelderVariabelen.BERICHT_UITSTELBESLUIT).count() == 0) {
            throw new ApiFout.Conflict("Voor zelfmelder " + zelfmelderId + " is geen uitstel aangevraagd; de gemeente "
                    + "vraagt uitstel aan na het plan van aanpak, als het gesprek uitwees dat het nodig is");
        }
        Map<String, Object> besluit = new HashMap<>();
        besluit.put(ZelfmelderVariabelen.TOEGEKEND, toegekend);
        besluit.put(ZelfmelderVariabelen.NIEUWE_OPROEPDATUM, nieuweOproepdatum == null ? null : nieuweOproepdatum.toString());
        runtime.createMessageCorrelation(ZelfmelderVariabelen.BERICHT_UITSTELBESLUIT).processInstanceId(pid)
                .setVariables(besluit).correlateWithResult();
        return true;
    }

    /** Whether the case of this zelfmelder still runs; false when it has ended. */
    public boolean isLopend(String zelfmelderId) {
        return zelfmelders.zoek(zelfmelderId)
                .map(casus -> runtime.createProcessInstanceQuery().processInstanceId(casus.processInstanceId()).count() > 0)
                .orElse(false);
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
