package nl.nazorg.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.nazorg.beeldvorming.Leefgebied;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.Procesberichten;
import nl.nazorg.melding.EersteDagsmelding;
import nl.nazorg.melding.Meldingen;
import nl.nazorg.zelfmelder.Zelfmeldermelding;
import nl.nazorg.zelfmelder.Zelfmelders;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The steps people take in a case, through the same services as the API and Tasklist: a melding, a task
 * completed with its form's variables, an uit-detentiemelding. Used by the year simulation of the demo and by
 * the tests of the reports, which must run through the real process.
 */
@Component
@Profile("demo")
public class Casusverloop {

    private final Meldingen meldingen;
    private final Zelfmelders zelfmelders;
    private final Procesberichten procesberichten;
    private final CasusRepository casussen;
    private final TaskService taken;
    private final SimulatieKlok klok;

    public Casusverloop(Meldingen meldingen, Zelfmelders zelfmelders, Procesberichten procesberichten,
                        CasusRepository casussen, TaskService taken, SimulatieKlok klok) {
        this.klok = klok;
        this.meldingen = meldingen;
        this.zelfmelders = zelfmelders;
        this.procesberichten = procesberichten;
        this.casussen = casussen;
        this.taken = taken;
    }

    public void meld(EersteDagsmelding melding) {
        meldingen.meld(melding);
    }

    public void meld(Zelfmeldermelding melding) {
        zelfmelders.meld(melding);
    }

    /**
     * Completes the open task of that kind in the case, after the async steps that lead to it; false when the case
     * has no such task (any more).
     */
    public boolean voltooi(String businessKey, String taakKey, Map<String, Object> variabelen) {
        klok.tot(klok.nu());
        Task taak = taken.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taakKey)
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (taak == null) {
            return false;
        }
        taken.complete(taak.getId(), variabelen);
        return true;
    }

    /**
     * Memo stap 1 after the automatic check: no ZVH client; the casemanager and the regievoerder agree the process,
     * with the ZVH and the gemeente involved.
     */
    public boolean binnenkomst(String detentieId) {
        return voltooi(detentieId, "Task_BeoordeelBekendheid", Map.of("zvhClient", false))
                && voltooi(detentieId, "Task_ContactLeggen", Map.of())
                && voltooi(detentieId, "Task_ProcesAfstemmen", Map.of("betrokkenPartijen",
                        SpinValues.jsonValue("[\"zvh\", \"gemeente\"]").create()));
    }

    /** Memo 2a: the screening, with a hulpvraag on each of the given leefgebieden. */
    public boolean intake(String detentieId, List<Leefgebied> hulpvragen) {
        Map<String, Object> antwoorden = new HashMap<>();
        for (Leefgebied leefgebied : Leefgebied.values()) {
            antwoorden.put(leefgebied.hulpvraagVeld(), hulpvragen.contains(leefgebied));
        }
        return voltooi(detentieId, "Task_Intakegesprek", antwoorden);
    }

    /** Memo 2b: the casemanager completes the informatieblad; sharing it through Injus is the async step after it. */
    public boolean informatieblad(String detentieId) {
        return voltooi(detentieId, "Task_Informatieblad", Map.of());
    }

    /** Memo 2c–2d: information enriched; for a meervoudige casus the coördinator talks without escalating. */
    public boolean beeldvormingAfronden(String detentieId) {
        boolean verrijkt = voltooi(detentieId, "Task_VerrijkInformatie", Map.of());
        voltooi(detentieId, "Task_GesprekComplexeCasus", Map.of("opschalen", false));
        return verrijkt;
    }

    /** Memo 3: concept plan with an action per leefgebied, fixed by the MDO. */
    public boolean plan(String detentieId, List<Leefgebied> acties, LocalDate streefdatum) {
        String actielijst = acties.stream()
                .map(l -> "{\"omschrijving\": \"Actie %s\", \"leefgebied\": \"%s\", \"partij\": \"casemanager\", \"streefdatum\": \"%s\"}"
                        .formatted(l.titel(), l.code(), streefdatum))
                .collect(Collectors.joining(",", "[", "]"));
        return voltooi(detentieId, "Task_ConceptPlanOpstellen", Map.of("actielijst", SpinValues.jsonValue(actielijst).create()))
                && voltooi(detentieId, "Task_PlanVaststellen", Map.of("planVastgesteld", true));
    }

    /** Memo 4a: the first open action of the plan, carried out or not. */
    public boolean actie(String detentieId, boolean uitgevoerd) {
        return voltooi(detentieId, "Task_ActieUitvoeren", Map.of("uitgevoerd", uitgevoerd, "toelichting", "Afgemeld"));
    }

    /** Memo 5a: the casemanager hands over; sending and closing are the async steps after it. */
    public boolean warmeOverdracht(String detentieId) {
        return voltooi(detentieId, "Task_WarmeOverdracht", Map.of("openActies", "Geen",
                "eersteContactNaUitstroom", "Eerste week na uitstroom"));
    }

    public void uitDetentie(String detentieId, LocalDate uitstroomdatum, String uitstroomgemeenteCode) {
        procesberichten.uitDetentie(casussen.zoek(detentieId).orElseThrow(), uitstroomdatum, uitstroomgemeenteCode);
    }

    /** Week 1 of the voorzorg: screening and triage; the letter to the zelfmelder is the async step after it. */
    public boolean screening(String zelfmelderId) {
        return voltooi(zelfmelderId, "Task_ScreeningTriage", Map.of());
    }

    /** Weeks 3–4: the talk and the gemeente's plan van aanpak, with or without a request for uitstel. */
    public boolean planVanAanpak(String zelfmelderId, boolean uitstelNodig) {
        Map<String, Object> gesprek = new HashMap<>();
        gesprek.put("uitstelNodig", uitstelNodig);
        if (uitstelNodig) {
            gesprek.put("redenUitstel", "Plan eerst uitvoeren");
        }
        return voltooi(zelfmelderId, "Task_GesprekZelfmelder", gesprek)
                && voltooi(zelfmelderId, "Task_PlanVanAanpak", Map.of("planVanAanpak", "Afspraken per leefgebied"));
    }

    public void reactieZelfmelder(String zelfmelderId) {
        zelfmelders.reactie(zelfmelderId);
    }

    public void uitstelbesluit(String zelfmelderId, boolean toegekend, LocalDate nieuweOproepdatum) {
        zelfmelders.uitstelbesluit(zelfmelderId, toegekend, nieuweOproepdatum);
    }
}
