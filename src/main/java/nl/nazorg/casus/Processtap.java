package nl.nazorg.casus;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The memo's five process steps, recognised by the wait states and jobs of the nazorg model. */
public final class Processtap {

    private static final List<CasusOverzicht.Stap> STAPPEN = List.of(
            new CasusOverzicht.Stap(1, "Binnenkomst en check ZVH"),
            new CasusOverzicht.Stap(2, "Beeldvorming leefgebieden"),
            new CasusOverzicht.Stap(3, "Gezamenlijke planvorming"),
            new CasusOverzicht.Stap(4, "Uitvoering D&R-plan en bewaken voortgang"),
            new CasusOverzicht.Stap(5, "Overdracht en afsluiten"));

    private static final Map<String, Integer> ACTIVITEITEN = new HashMap<>();

    static {
        zet(1, "Task_RegistreerMelding", "Task_CheckBekendheid", "Task_BeoordeelBekendheid", "Task_InformeerPi",
                "Task_ContactLeggen", "Task_ProcesAfstemmen");
        zet(2, "Task_Intakegesprek", "Task_Informatieblad", "Task_DeelInformatieblad", "Task_VerrijkInformatie",
                "Gateway_BeeldvormingKlaar", "Task_BepaalComplexiteit", "Task_GesprekComplexeCasus", "Task_OpschalingAfstemmen",
                "Task_RegieOpschalen", "Task_WeigeringOpschalingMelden");
        zet(3, "Task_ConceptPlanOpstellen", "Task_PlanVaststellen", "Task_DeelPlan");
        zet(4, "Task_ActieUitvoeren", "Task_Trajectgesprek", "Event_TrajectgesprekGepland",
                "Task_RegieAfschalen", "Task_PlanHerzien", "Task_HerzienPlanVaststellen", "Task_DeelHerzienPlan",
                "Task_NieuweActieUitvoeren");
        zet(5, "Task_WarmeOverdracht", "Task_VerstuurOverdracht", "Event_UitDetentieOntvangen", "Event_GeenUitstroommelding",
                "Task_UitstroomControleren", "Task_CasusAfsluiten");
    }

    private Processtap() {
    }

    /**
     * The furthest step of the work during detention (1–4) while that runs; step 5 once only the handover and closing
     * are left. The release preparation runs beside steps 1–4 from the start (a short detention has its warme overdracht
     * while step 1 may still be open), so its wait and its handover do not make a case look further than its work is.
     */
    public static Optional<CasusOverzicht.Stap> van(Collection<String> actieveActiviteiten) {
        List<Integer> stappen = actieveActiviteiten.stream()
                .map(ACTIVITEITEN::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        return stappen.stream().filter(stap -> stap < 5).max(Comparator.naturalOrder())
                .or(() -> stappen.stream().max(Comparator.naturalOrder()))
                .map(nummer -> STAPPEN.get(nummer - 1));
    }

    public static CasusOverzicht.Stap laatste() {
        return STAPPEN.get(STAPPEN.size() - 1);
    }

    private static void zet(int stap, String... activiteiten) {
        for (String activiteit : activiteiten) {
            ACTIVITEITEN.put(activiteit, stap);
        }
    }
}
