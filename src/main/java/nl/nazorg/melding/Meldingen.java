package nl.nazorg.melding;

import java.util.HashMap;
import java.util.Map;

import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.NazorgVariabelen;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a case for an eerstedagsmelding, exactly once per detention. The case table's primary key decides:
 * when two meldingen for one detentieId arrive together, one start commits and the other finds the case.
 */
@Service
public class Meldingen {

    static final String BERICHT = "EersteDagsmelding";
    private static final int POGINGEN = 3;

    private final RuntimeService runtime;
    private final CasusRepository casussen;

    public Meldingen(RuntimeService runtime, CasusRepository casussen) {
        this.runtime = runtime;
        this.casussen = casussen;
    }

    /** @return true when this melding started the case, false when the case already existed */
    public boolean meld(EersteDagsmelding melding) {
        for (int poging = 1; ; poging++) {
            try {
                return start(melding);
            } catch (OptimisticLockingException e) {
                // a worker completed a task of this person's zelfmelder case at the same moment: look again
                if (poging == POGINGEN) {
                    throw e;
                }
            }
        }
    }

    private boolean start(EersteDagsmelding melding) {
        if (casussen.zoek(melding.detentieId()).isPresent()) {
            return false;
        }
        try {
            runtime.createMessageCorrelation(BERICHT)
                    .processInstanceBusinessKey(melding.detentieId())
                    .setVariables(variabelen(melding))
                    .correlateStartMessage();
            return true;
        } catch (OptimisticLockingException e) {
            throw e;
        } catch (ProcessEngineException e) {
            if (OngeldigeProcesinvoerException.veroorzaakt(e, CasusBestaatAlException.class)
                    && casussen.zoek(melding.detentieId()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    private Map<String, Object> variabelen(EersteDagsmelding melding) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(NazorgVariabelen.DETENTIE_ID, melding.detentieId());
        variabelen.put(NazorgVariabelen.BSN, melding.bsn());
        variabelen.put(NazorgVariabelen.ACHTERNAAM, melding.achternaam());
        variabelen.put(NazorgVariabelen.VOORLETTERS, melding.voorletters());
        variabelen.put(NazorgVariabelen.GEBOORTEDATUM, melding.geboortedatum().toString());
        variabelen.put(NazorgVariabelen.GESLACHT, melding.geslacht());
        variabelen.put(NazorgVariabelen.GEMEENTE_CODE, melding.gemeenteCode());
        variabelen.put(NazorgVariabelen.PI_CODE, melding.piCode());
        variabelen.put(NazorgVariabelen.INSLUITINGSDATUM, melding.insluitingsdatum().toString());
        variabelen.put(NazorgVariabelen.VOORLOPIGE_HECHTENIS, melding.voorlopigeHechtenis());
        if (melding.verwachteUitstroomdatum() != null) {
            variabelen.put(NazorgVariabelen.VERWACHTE_UITSTROOMDATUM, melding.verwachteUitstroomdatum().toString());
        }
        if (melding.zittingsdatum() != null) {
            variabelen.put(NazorgVariabelen.ZITTINGSDATUM, melding.zittingsdatum().toString());
        }
        return variabelen;
    }
}
