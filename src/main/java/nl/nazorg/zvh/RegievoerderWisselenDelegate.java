package nl.nazorg.zvh;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_CLIENT;

import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.Groepen;
import nl.nazorg.identity.ZonderAutorisatiecontrole;
import nl.nazorg.partner.Bericht;
import nl.nazorg.partner.PartnerBerichten;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Opschalen (memo 2d, accepted by the procesregisseur) or afschalen (at a trajectgesprek): the case becomes a ZVH client
 * or stops being one, so the regievoerder changes between the coördinator nazorg and the procesregisseur ZVH. The
 * activity's input {@value #ZVH_CLIENT_WORDT} says which way, {@value #REDEN} why. Open tasks of the old regievoerder's
 * group move to the new one (a claimed one comes free, as at an overplaatsing), and the new regievoerder is told
 * through GCOS. Tasks created later follow {@code zvhClient} through {@link Groepen}.
 */
@Component("regievoerderWisselenDelegate")
public class RegievoerderWisselenDelegate implements JavaDelegate {

    static final String ZVH_CLIENT_WORDT = "zvhClientWordt";
    static final String REDEN = "redenWissel";

    private final Groepen groepen;
    private final PartnerBerichten berichten;

    public RegievoerderWisselenDelegate(Groepen groepen, PartnerBerichten berichten) {
        this.groepen = groepen;
        this.berichten = berichten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariableLocal(ZVH_CLIENT_WORDT) instanceof Boolean zvhClient)) {
            throw new OngeldigeProcesinvoerException("Veld '" + ZVH_CLIENT_WORDT + "' ontbreekt");
        }
        String oudeGroep = groepen.regievoerder(execution);
        execution.getProcessInstance().setVariable(ZVH_CLIENT, zvhClient);
        String nieuweGroep = groepen.regievoerder(execution);
        if (oudeGroep.equals(nieuweGroep)) {
            return;
        }
        ZonderAutorisatiecontrole.uitvoeren(() -> verplaatsOpenTaken(execution, oudeGroep, nieuweGroep));

        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String reden = ProcesVariabelen.tekst(execution, REDEN);
        String inhoud = """
                Detentie: %s
                Gedetineerde: %s %s
                %s
                Regievoerder: %s (was %s)
                Reden: %s""".formatted(detentieId,
                ProcesVariabelen.tekst(execution, VOORLETTERS), ProcesVariabelen.tekst(execution, ACHTERNAAM),
                zvhClient ? "Opgeschaald: ZVH-cliënt, regie bij de procesregisseur ZVH"
                        : "Afgeschaald: geen ZVH-cliënt meer, regie bij de coördinator nazorg",
                nieuweGroep, oudeGroep, reden == null || reden.isBlank() ? "niet opgegeven" : reden.strip());
        berichten.verstuur(new Bericht(Bericht.sleutel(execution, nieuweGroep), detentieId, Bericht.Kanaal.GCOS,
                nieuweGroep, (zvhClient ? "Opschaling" : "Afschaling") + " casus nazorg " + detentieId, inhoud));
    }

    private static void verplaatsOpenTaken(DelegateExecution execution, String oudeGroep, String nieuweGroep) {
        TaskService taken = execution.getProcessEngineServices().getTaskService();
        for (Task taak : taken.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskCandidateGroup(oudeGroep).includeAssignedTasks().list()) {
            boolean kandidaat = taken.getIdentityLinksForTask(taak.getId()).stream().anyMatch(link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && oudeGroep.equals(link.getGroupId()));
            if (kandidaat) {
                taken.deleteCandidateGroup(taak.getId(), oudeGroep);
                taken.addCandidateGroup(taak.getId(), nieuweGroep);
                if (taak.getAssignee() != null) {
                    taken.setAssignee(taak.getId(), null);
                }
            }
        }
    }
}
