package nl.nazorg.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The mail that goes with the D&R-plan PDF: a short Dutch cover text with the plan's actielijst. No bsn. */
@Component
public class PlanTekst {

    public String van(DrPlan plan, String bestandsnaam) {
        Casuskop kop = plan.kop();
        List<String> leefgebieden = plan.leefgebiedenMetHulpvraag();
        String actielijst = plan.acties().stream().map(PlanTekst::actieRegel).collect(Collectors.joining("\n"));
        return """
                Geachte heer/mevrouw,

                In de bijlage (%s) vindt u het D&R-plan van %s, detentie %s in %s, \
                vastgesteld in het MDO%s.

                Regievoerder: %s
                Leefgebieden met hulpvraag: %s
                Actielijst:
                %s

                Dit bericht bevat vertrouwelijke gegevens uit de justitiële keten. Bent u niet de bedoelde ontvanger, \
                verwijder het bericht dan en laat het de afzender weten.

                Met vriendelijke groet,
                Casemanagement %s
                """.formatted(bestandsnaam, of(kop.naam()), kop.detentieId(), of(kop.pi()),
                plan.planVastgesteldOp() == null ? "" : " op " + plan.planVastgesteldOp(),
                plan.regievoerder().naam(), leefgebieden.isEmpty() ? "geen" : String.join(", ", leefgebieden),
                actielijst.isEmpty() ? "- geen acties" : actielijst, of(kop.pi()));
    }

    static String actieRegel(Actieregel actie) {
        return "- %s (leefgebied %s, partij %s, streefdatum %s)".formatted(
                of(actie.omschrijving()), of(actie.leefgebied()), of(actie.partij()), of(actie.streefdatum()));
    }

    private static String of(String tekst) {
        return tekst == null ? "-" : tekst;
    }
}
