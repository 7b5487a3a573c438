package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.VERWACHTE_UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The handover as plain Dutch text, from what the casemanager prepared in "Warme overdracht voorbereiden". */
@Component
public class OverdrachtTekst {

    static final String OVERDRACHT_AAN = "overdrachtAan";
    static final String OPEN_ACTIES = "openActies";
    static final String EERSTE_CONTACT = "eersteContactNaUitstroom";

    public String van(DelegateExecution execution) {
        return """
                Warme overdracht detentie %s
                Gedetineerde: %s %s
                Uitstroom: %s
                Overdracht aan: %s
                Open acties: %s
                Eerste contact na uitstroom: %s""".formatted(
                ProcesVariabelen.tekst(execution, DETENTIE_ID),
                ProcesVariabelen.tekst(execution, VOORLETTERS), ProcesVariabelen.tekst(execution, ACHTERNAAM),
                uitstroom(execution),
                ofStreepje(execution, OVERDRACHT_AAN), ofStreepje(execution, OPEN_ACTIES), ofStreepje(execution, EERSTE_CONTACT));
    }

    private static String uitstroom(DelegateExecution execution) {
        String gemeld = ProcesVariabelen.tekst(execution, UITSTROOMDATUM);
        if (gemeld != null) {
            return gemeld;
        }
        String verwacht = ProcesVariabelen.tekst(execution, VERWACHTE_UITSTROOMDATUM);
        return verwacht == null ? "onbekend" : "verwacht " + verwacht;
    }

    private static String ofStreepje(DelegateExecution execution, String naam) {
        String waarde = ProcesVariabelen.tekst(execution, naam);
        return waarde == null || waarde.isBlank() ? "-" : waarde;
    }
}
