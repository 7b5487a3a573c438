package nl.nazorg.zvh;

import nl.nazorg.casus.OngeldigeProcesinvoerException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Memo 2d: the procesregisseur decides on the coördinator's opschaling. Accepting needs the agreements on handing over
 * the regie, refusing needs a reason, which stays with the case and goes to the coördinator. A decision without them is
 * refused with the field's name, and the task stays open.
 */
@Component("opschalingAfgestemdListener")
public class OpschalingAfgestemdListener implements TaskListener {

    static final String AANVAARD = "opschalingAanvaard";
    static final String AFSPRAKEN = "afsprakenOpschaling";
    static final String REDEN_WEIGERING = "redenWeigeringOpschaling";

    @Override
    public void notify(DelegateTask taak) {
        if (!(taak.getVariable(AANVAARD) instanceof Boolean aanvaard)) {
            throw new OngeldigeProcesinvoerException("Veld '" + AANVAARD + "' ontbreekt: neemt de procesregisseur de regie over?");
        }
        String verplicht = aanvaard ? AFSPRAKEN : REDEN_WEIGERING;
        Object tekst = taak.getVariable(verplicht);
        if (!(tekst instanceof String waarde) || waarde.isBlank()) {
            throw new OngeldigeProcesinvoerException("Veld '" + verplicht + "' ontbreekt: "
                    + (aanvaard ? "leg de afspraken over de overdracht van de regie vast"
                    : "geef de reden waarom de opschaling naar ZVH wordt geweigerd"));
        }
    }
}
