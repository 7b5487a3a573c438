package nl.nazorg.zelfmelder;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_NAAM;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bijlage;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.PdfOpmaak;
import nl.nazorg.plan.DocumentOpmaak;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The invitation letter to a zelfmelder as a PDF, in plain Dutch, from the template zelfmelder-brief.html. */
@Component
public class ZelfmelderBrief {

    static final String SJABLOON = "zelfmelder-brief";
    static final int REACTIETIJD_DAGEN = 7;

    private final PdfOpmaak opmaak;
    private final PartnerAdressen adressen;

    public ZelfmelderBrief(PdfOpmaak opmaak, PartnerAdressen adressen) {
        this.opmaak = opmaak;
        this.adressen = adressen;
    }

    public record Inhoud(String naam, String gemeente, String oproepdatum, String reagerenVoor, String contact,
                         String kenmerk, String opgemaaktOp) {
    }

    public Bijlage pdf(DelegateExecution execution) {
        LocalDate vandaag = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
        Inhoud inhoud = new Inhoud(
                ProcesVariabelen.tekst(execution, VOORLETTERS) + " " + ProcesVariabelen.tekst(execution, ACHTERNAAM),
                ProcesVariabelen.tekst(execution, GEMEENTE_NAAM),
                DocumentOpmaak.datum(ProcesVariabelen.datum(execution, ZelfmelderVariabelen.OPROEPDATUM)),
                DocumentOpmaak.datum(vandaag.plusDays(REACTIETIJD_DAGEN)),
                adressen.gemeenteMailbox(ProcesVariabelen.tekst(execution, GEMEENTE_CODE)).orElse(null),
                zelfmelderId,
                DocumentOpmaak.datum(vandaag));
        return Bijlage.pdf("brief-zelfmelder-" + DocumentOpmaak.bestandsdeel(zelfmelderId) + ".pdf",
                opmaak.pdf(SJABLOON, Map.of("brief", inhoud)));
    }
}
