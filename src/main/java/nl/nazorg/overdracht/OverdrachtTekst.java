package nl.nazorg.overdracht;

import java.util.stream.Collectors;

import nl.nazorg.plan.Actieregel;
import org.springframework.stereotype.Component;

/** The mail that goes with the handover PDF: a short Dutch cover text with what the receiver must know. No bsn. */
@Component
public class OverdrachtTekst {

    public String van(Overdracht overdracht, String bestandsnaam) {
        return """
                Geachte heer/mevrouw,

                In de bijlage (%s) vindt u de warme overdracht van %s, detentie %s in %s.

                Uitstroom: %s
                Overdracht aan: %s
                Open acties: %s
                Eerste contact na uitstroom: %s
                Regievoerder: %s

                Acties uit het D&R-plan die nog open zijn en met hun stand overgaan naar hun uitvoerder:
                %s

                Dit bericht bevat vertrouwelijke gegevens uit de justitiële keten. Bent u niet de bedoelde ontvanger, \
                verwijder het bericht dan en laat het de afzender weten.

                Met vriendelijke groet,
                Casemanagement %s
                """.formatted(bestandsnaam, of(overdracht.kop().naam()), overdracht.kop().detentieId(), of(overdracht.kop().pi()),
                overdracht.uitstroom() == null ? "nog niet bekend" : overdracht.uitstroom(),
                of(overdracht.overdrachtAan()), of(overdracht.openActies()), of(overdracht.eersteContactNaUitstroom()),
                overdracht.regievoerder().naam(), nogOpen(overdracht), of(overdracht.kop().pi()));
    }

    /** One line per open action: its uitvoerder, what, by when, and whether it was reported as not carried out. */
    private static String nogOpen(Overdracht overdracht) {
        if (overdracht.nogOpen().isEmpty()) {
            return "- geen";
        }
        return overdracht.nogOpen().stream()
                .map(a -> "- %s: %s (streefdatum %s; %s)".formatted(of(a.partij()), of(a.omschrijving()),
                        of(a.streefdatum()), "nee".equals(a.uitgevoerd()) ? "niet uitgevoerd" + toelichting(a) : "nog open"))
                .collect(Collectors.joining("\n"));
    }

    private static String toelichting(Actieregel actie) {
        return actie.toelichting() == null ? "" : ": " + actie.toelichting();
    }

    private static String of(String tekst) {
        return tekst == null ? "-" : tekst;
    }
}
