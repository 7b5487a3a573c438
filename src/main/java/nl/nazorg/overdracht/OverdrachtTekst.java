package nl.nazorg.overdracht;

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

                Dit bericht bevat vertrouwelijke gegevens uit de justitiële keten. Bent u niet de bedoelde ontvanger, \
                verwijder het bericht dan en laat het de afzender weten.

                Met vriendelijke groet,
                Casemanagement %s
                """.formatted(bestandsnaam, of(overdracht.kop().naam()), overdracht.kop().detentieId(), of(overdracht.kop().pi()),
                overdracht.uitstroom() == null ? "nog niet bekend" : overdracht.uitstroom(),
                of(overdracht.overdrachtAan()), of(overdracht.openActies()), of(overdracht.eersteContactNaUitstroom()),
                overdracht.regievoerder().naam(), of(overdracht.kop().pi()));
    }

    private static String of(String tekst) {
        return tekst == null ? "-" : tekst;
    }
}
