package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.OVERDRACHT_RECLASSERING;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.util.ArrayList;
import java.util.List;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Memo 5a: the warm handover goes to the ZVH/gemeente and, when involved, to reclassering. */
@Component("verstuurOverdrachtDelegate")
public class VerstuurOverdrachtDelegate implements JavaDelegate {

    private final PartnerBerichten berichten;
    private final PartnerAdressen adressen;
    private final OverdrachtTekst overdrachtTekst;

    public VerstuurOverdrachtDelegate(PartnerBerichten berichten, PartnerAdressen adressen, OverdrachtTekst overdrachtTekst) {
        this.berichten = berichten;
        this.adressen = adressen;
        this.overdrachtTekst = overdrachtTekst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        List<String> ontvangers = new ArrayList<>();
        ontvangers.add(adressen.regioMailbox(ProcesVariabelen.verplichteTekst(execution, ZVH_REGIO)));
        if (ProcesVariabelen.waar(execution, OVERDRACHT_RECLASSERING)) {
            ontvangers.add(adressen.reclasseringMailbox());
        }
        String inhoud = overdrachtTekst.van(execution);
        for (String ontvanger : ontvangers) {
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, ontvanger), detentieId, Bericht.Kanaal.MAIL,
                    ontvanger, "Warme overdracht detentie " + detentieId, inhoud));
        }
    }
}
