package nl.nazorg.plan;

import java.util.List;

/** What happens to a D&R-plan that others (the reports) follow; each published in the transaction of the step. */
public final class Plangebeurtenissen {

    private Plangebeurtenissen() {
    }

    /** Memo 3: the MDO fixed the plan; the leefgebied of each action in the order of the actielijst (null: none). */
    public record ActielijstVastgesteld(String detentieId, List<String> leefgebiedPerActie) {
    }

    /** Memo 4b: a revision at a trajectgesprek added actions at the end of the actielijst, from volgnummer {@code eerste}. */
    public record ActiesToegevoegd(String detentieId, int eerste, List<String> leefgebiedPerActie) {
    }

    /** Memo 4a: one action handled, carried out or not; its place in the actielijst identifies it. */
    public record ActieAfgehandeld(String detentieId, int volgnummer, boolean uitgevoerd) {
    }
}
