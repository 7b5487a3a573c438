package nl.nazorg.overdracht;

import java.util.List;

import nl.nazorg.plan.Actieregel;
import nl.nazorg.plan.Casuskop;
import nl.nazorg.plan.Contactpersoon;

/**
 * What the handover document shows, from "Warme overdracht voorbereiden" and the D&R-plan's actielijst;
 * {@code overdrachtAan} names the partners it goes to ({@code overdragenAan}).
 */
public record Overdracht(
        Casuskop kop,
        String overdrachtAan,
        String openActies,
        String eersteContactNaUitstroom,
        String uitstroom,
        String uitstroomgemeente,
        boolean reclassering,
        List<Actieregel> acties,
        Contactpersoon regievoerder,
        List<Contactpersoon> contactpersonen,
        String opgemaaktOp) {

    public Overdracht {
        acties = List.copyOf(acties);
        contactpersonen = List.copyOf(contactpersonen);
    }

    public boolean heeftActies() {
        return !acties.isEmpty();
    }

    /** The actions not carried out (yet): at the handover they pass, with their state, to their partij. */
    public List<Actieregel> nogOpen() {
        return acties.stream().filter(a -> !"ja".equals(a.uitgevoerd())).toList();
    }

    /** Whether any action records whether it was carried out (then the table shows that column). */
    public boolean heeftUitvoering() {
        return acties.stream().anyMatch(a -> a.uitgevoerd() != null || a.toelichting() != null);
    }
}
