package nl.nazorg.plan;

import java.util.List;

import nl.nazorg.casus.Casus;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.Groepen;
import nl.nazorg.identity.Groepsindeling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Process "D&R-plan tussentijds herzien": the casemanager asks, in Tasklist and at any time of step 4, to revise the
 * adopted plan of a case, by its detentie-id and with a reason. Only the casemanagers of the case's PI (and the
 * beheerder) may; to anyone else an existing case looks the same as an unknown one. The revision itself runs in the
 * case ({@link Herzieningsverzoeken}). Synchronous: a refusal rolls back the start, so nothing of it is kept, and
 * the instance ends at once, so the detentie-id and the reason stay in no table of it (the history level keeps no
 * such variable).
 */
@Component("tussentijdseHerzieningDelegate")
public class TussentijdseHerzieningDelegate implements JavaDelegate {

    public static final String PROCES = "dr-plan-herzien";
    static final String DETENTIE_ID = "detentieId";
    static final String REDEN = "reden";
    private static final int MAX_REDEN = 2000;

    private final CasusRepository casussen;
    private final Herzieningsverzoeken verzoeken;

    public TussentijdseHerzieningDelegate(CasusRepository casussen, Herzieningsverzoeken verzoeken) {
        this.casussen = casussen;
        this.verzoeken = verzoeken;
    }

    @Override
    public void execute(DelegateExecution start) {
        String detentieId = ProcesVariabelen.tekst(start, DETENTIE_ID);
        if (detentieId == null || detentieId.isBlank()) {
            throw new OngeldigeProcesinvoerException("Veld '" + DETENTIE_ID + "' ontbreekt");
        }
        String reden = ProcesVariabelen.tekst(start, REDEN);
        if (reden == null || reden.isBlank() || reden.length() > MAX_REDEN) {
            throw new OngeldigeProcesinvoerException("Veld '" + REDEN + "' ontbreekt of is langer dan " + MAX_REDEN
                    + " tekens: waarom moet het D&R-plan worden herzien?");
        }
        Authentication gebruiker = start.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Casus casus = casussen.zoek(detentieId.strip()).filter(c -> magBewerken(gebruiker, c))
                .orElseThrow(() -> new OngeldigeProcesinvoerException("Veld '" + DETENTIE_ID + "': u bent geen "
                        + "casemanager van een casus met dit detentie-id"));
        verzoeken.vraag(start.getProcessEngineServices(), casus.detentieId(), casus.processInstanceId(), reden.strip(),
                DETENTIE_ID);
    }

    private static boolean magBewerken(Authentication gebruiker, Casus casus) {
        List<String> groepen = gebruiker == null || gebruiker.getGroupIds() == null ? List.of() : gebruiker.getGroupIds();
        return groepen.contains(Groepen.casemanager(casus.piCode())) || groepen.contains(Groepsindeling.BEHEERDER);
    }
}
