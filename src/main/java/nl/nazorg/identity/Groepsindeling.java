package nl.nazorg.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Every group of the spec, for the PIs, ZVH regions and gemeenten of the reference tables (docs/referentiedata.md). */
@Component
public class Groepsindeling {

    public static final String KETENMANAGER = "ketenmanager";
    public static final String BEHEERDER = "beheerder";
    public static final String SYSTEEM_KOPPELING = "systeem-koppeling";

    private final Referentiedata referentiedata;
    private final GemeenteTabel gemeenten;

    public Groepsindeling(Referentiedata referentiedata, GemeenteTabel gemeenten) {
        this.referentiedata = referentiedata;
        this.gemeenten = gemeenten;
    }

    public List<Groep> groepen() {
        List<Groep> groepen = new ArrayList<>();
        referentiedata.pis().forEach(pi -> {
            groepen.add(new Groep(Groepen.casemanager(pi.code()), "Casemanagers " + pi.naam(), Groep.Soort.WERK));
            groepen.add(new Groep(Groepen.mdo(pi.code()), "MDO " + pi.naam(), Groep.Soort.WERK));
        });
        referentiedata.regios().stream().map(Referentiedata.ZvhRegio::code).forEach(regio -> {
            groepen.add(new Groep("zvh-administratie-" + regio, "ZVH-administratie " + regio, Groep.Soort.WERK));
            groepen.add(new Groep("coordinator-nazorg-" + regio, "Coördinatoren nazorg " + regio, Groep.Soort.WERK));
            groepen.add(new Groep("procesregisseur-" + regio, "Procesregisseurs ZVH " + regio, Groep.Soort.WERK));
            groepen.add(new Groep(Groepen.levensloopcasemanager(regio), "Levensloopcasemanagers " + regio, Groep.Soort.WERK));
            groepen.add(new Groep(Groepen.zorginstelling(regio), "Zorginstellingen " + regio, Groep.Soort.WERK));
        });
        gemeenten.gemeenten().values().forEach(g ->
                groepen.add(new Groep("gemeente-" + g.code(), "Gemeente " + g.naam(), Groep.Soort.WERK)));
        groepen.add(new Groep(Groepen.RECLASSERING, "Reclassering", Groep.Soort.WERK));
        groepen.add(new Groep(KETENMANAGER, "Ketenmanagers", Groep.Soort.KETENMANAGER));
        groepen.add(new Groep(BEHEERDER, "Beheerders", Groep.Soort.BEHEER));
        groepen.add(new Groep(SYSTEEM_KOPPELING, "Systeemkoppelingen", Groep.Soort.SYSTEEM));
        return groepen;
    }

    /** The groups that may see one case: those of its PI and of its region. */
    public static List<String> groepenVanCasus(String piCode, String zvhRegio) {
        return List.of(Groepen.casemanager(piCode), Groepen.mdo(piCode), "zvh-administratie-" + zvhRegio,
                "coordinator-nazorg-" + zvhRegio, "procesregisseur-" + zvhRegio);
    }

    public static List<String> groepenVanPi(String piCode) {
        return List.of(Groepen.casemanager(piCode), Groepen.mdo(piCode));
    }
}
