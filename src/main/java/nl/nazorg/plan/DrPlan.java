package nl.nazorg.plan;

import java.util.List;

/** What the D&R-plan document shows, read from the case when the MDO adopted it. */
public record DrPlan(
        Casuskop kop,
        List<LeefgebiedDoel> leefgebieden,
        String algemeneDoelen,
        List<Actieregel> acties,
        Contactpersoon regievoerder,
        List<Contactpersoon> contactpersonen,
        String intakeAfgerondOp,
        String planVastgesteldOp,
        String opmerkingenMdo,
        String opgemaaktOp) {

    public DrPlan {
        leefgebieden = List.copyOf(leefgebieden);
        acties = List.copyOf(acties);
        contactpersonen = List.copyOf(contactpersonen);
    }

    public boolean heeftLeefgebieden() {
        return !leefgebieden.isEmpty();
    }

    /** Whether goals were given per leefgebied (then the table has a column for them). */
    public boolean heeftDoelPerLeefgebied() {
        return leefgebieden.stream().anyMatch(regel -> regel.doel() != null);
    }

    public boolean heeftActies() {
        return !acties.isEmpty();
    }

    /** Leefgebieden with a hulpvraag, in Dutch, e.g. for the mail text. */
    public List<String> leefgebiedenMetHulpvraag() {
        return leefgebieden.stream().filter(LeefgebiedDoel::hulpvraag).map(LeefgebiedDoel::leefgebied).toList();
    }
}
