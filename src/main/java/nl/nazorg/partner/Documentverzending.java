package nl.nazorg.partner;

import java.util.Collection;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Every document the process sends: the rendered PDF is kept with its case and goes as an attachment to each
 * recipient, in the step's transaction (a failure to send fails the step: retries, then an incident, and what was
 * kept in this run is rolled back with it). Repeating the step keeps and sends nothing twice (the keys derive from the
 * execution).
 */
@Component
public class Documentverzending {

    /** What is sent: to whom it belongs (detentieId or zelfmelderId), which document, by which channel, the subject. */
    public record Zending(String eigenaarId, Document.Soort soort, Bericht.Kanaal kanaal, String onderwerp) {
    }

    private final DocumentArchief archief;
    private final PartnerBerichten berichten;

    public Documentverzending(DocumentArchief archief, PartnerBerichten berichten) {
        this.archief = archief;
        this.berichten = berichten;
    }

    /** {@code tekst} makes the message's text from the attachment's file name. */
    public void verstuur(DelegateExecution execution, Zending zending, Bijlage pdf, Collection<String> ontvangers,
                         UnaryOperator<String> tekst) {
        verstuur(execution, zending, "", pdf, ontvangers, tekst);
    }

    /**
     * For a step that sends a new version of its document each time it runs (a revised D&R-plan): {@code versie} is part
     * of the keys, so each version is kept and sent once.
     */
    public void verstuur(DelegateExecution execution, Zending zending, String versie, Bijlage pdf,
                         Collection<String> ontvangers, UnaryOperator<String> tekst) {
        Bijlage bijlage = archief.bewaar(DocumentArchief.sleutel(execution, zending.soort()) + versie,
                zending.eigenaarId(), zending.soort(), pdf).alsBijlage();
        String inhoud = tekst.apply(bijlage.bestandsnaam());
        for (String ontvanger : ontvangers) {
            berichten.verstuur(new Bericht(Bericht.sleutel(execution, ontvanger) + versie, zending.eigenaarId(),
                    zending.kanaal(), ontvanger, zending.onderwerp(), inhoud, bijlage));
        }
    }
}
