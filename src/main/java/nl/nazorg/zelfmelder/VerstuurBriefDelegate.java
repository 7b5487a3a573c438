package nl.nazorg.zelfmelder;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.Bijlage;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.DocumentArchief;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Week 1: the letter to the zelfmelder is made, kept with the case and recorded as sent by post. */
@Component("verstuurBriefDelegate")
public class VerstuurBriefDelegate implements JavaDelegate {

    static final String ONTVANGER = "zelfmelder (per post)";

    private final ZelfmelderBrief brief;
    private final DocumentArchief archief;
    private final PartnerBerichten berichten;

    public VerstuurBriefDelegate(ZelfmelderBrief brief, DocumentArchief archief, PartnerBerichten berichten) {
        this.brief = brief;
        this.archief = archief;
        this.berichten = berichten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
        Bijlage pdf = archief.bewaar(DocumentArchief.sleutel(execution, Document.Soort.BRIEF_ZELFMELDER), zelfmelderId,
                Document.Soort.BRIEF_ZELFMELDER, brief.pdf(execution)).alsBijlage();
        berichten.verstuur(new Bericht(Bericht.sleutel(execution, ONTVANGER), zelfmelderId, Bericht.Kanaal.POST, ONTVANGER,
                "Brief voorzorg zelfmelder " + zelfmelderId, "Uitnodiging om vóór de oproepdatum een plan te maken.", pdf));
    }
}
