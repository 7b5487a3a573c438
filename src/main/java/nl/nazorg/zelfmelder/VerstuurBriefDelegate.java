package nl.nazorg.zelfmelder;

import java.util.List;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.Documentverzending;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Week 1: the letter to the zelfmelder is made, kept with the case and recorded as sent by post. */
@Component("verstuurBriefDelegate")
public class VerstuurBriefDelegate implements JavaDelegate {

    static final String ONTVANGER = "zelfmelder (per post)";

    private final ZelfmelderBrief brief;
    private final Documentverzending verzending;

    public VerstuurBriefDelegate(ZelfmelderBrief brief, Documentverzending verzending) {
        this.brief = brief;
        this.verzending = verzending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
        verzending.verstuur(execution, new Documentverzending.Zending(zelfmelderId, Document.Soort.BRIEF_ZELFMELDER,
                Bericht.Kanaal.POST, "Brief voorzorg zelfmelder " + zelfmelderId), brief.pdf(execution), List.of(ONTVANGER),
                bestandsnaam -> "Uitnodiging om vóór de oproepdatum een plan te maken.");
    }
}
