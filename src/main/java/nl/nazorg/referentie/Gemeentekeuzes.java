package nl.nazorg.referentie;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.nazorg.identity.GemeenteTabel.Gemeente;

/**
 * The gemeenten as the options of a Camunda Form select: label "Naam (GM0363)", so that typing part of the name or the
 * CBS code finds one, and the code as value; alphabetical in Dutch, as someone looks a name up. The task forms get them
 * from the table at every load (TaakformulierKeuzelijsten), the start forms hold them (docs/referentiedata.md).
 */
public final class Gemeentekeuzes {

    private Gemeentekeuzes() {
    }

    public static List<Keuze> van(Collection<Gemeente> gemeenten) {
        Collator nederlands = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
        return gemeenten.stream()
                .sorted(Comparator.comparing(Gemeente::naam, nederlands).thenComparing(Gemeente::code))
                .map(gemeente -> new Keuze(gemeente.naam() + " (" + gemeente.code() + ")", gemeente.code()))
                .toList();
    }
}
