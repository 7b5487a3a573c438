package nl.nazorg.overplaatsing;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.PI_NAAM;

import java.util.Map;

import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.CasusAutorisaties;
import nl.nazorg.identity.Groepen;
import nl.nazorg.identity.ZonderAutorisatiecontrole;
import nl.nazorg.partner.PartnerAdressen;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Transfer to another PI: the case and its open tasks move to the new PI's groups. Tasks claimed by
 * someone of the old PI are released, so the new PI's casemanagers can take them. A transfer to the
 * PI the case is already in changes nothing.
 */
@Component("verwerkOverplaatsingDelegate")
public class VerwerkOverplaatsingDelegate implements JavaDelegate {

    private final CasusRepository casussen;
    private final PartnerAdressen adressen;
    private final CasusAutorisaties casusAutorisaties;

    public VerwerkOverplaatsingDelegate(CasusRepository casussen, PartnerAdressen adressen,
                                        CasusAutorisaties casusAutorisaties) {
        this.casussen = casussen;
        this.casusAutorisaties = casusAutorisaties;
        this.adressen = adressen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ZonderAutorisatiecontrole.uitvoeren(() -> verplaats(execution));
    }

    private void verplaats(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String nieuwePi = ProcesVariabelen.verplichteTekst(execution, PI_CODE);
        if (!adressen.kentPi(nieuwePi)) {
            throw new OngeldigeProcesinvoerException("Veld 'piCode' is geen bekende PI");
        }
        String oudePi = casussen.zoek(detentieId).orElseThrow().piCode();
        if (oudePi.equals(nieuwePi)) {
            return;
        }
        Map<String, String> vervanging = Map.of(
                Groepen.casemanager(oudePi), Groepen.casemanager(nieuwePi),
                Groepen.mdo(oudePi), Groepen.mdo(nieuwePi));
        TaskService taken = execution.getProcessEngineServices().getTaskService();
        for (Task taak : taken.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            verplaats(taken, taak, vervanging);
        }
        casussen.wijzigPi(detentieId, nieuwePi);
        execution.setVariable(PI_NAAM, adressen.piNaam(nieuwePi));
        casusAutorisaties.bijOverplaatsing(execution.getProcessInstanceId(), oudePi, nieuwePi);
    }

    private void verplaats(TaskService taken, Task taak, Map<String, String> vervanging) {
        boolean verplaatst = false;
        for (var link : taken.getIdentityLinksForTask(taak.getId())) {
            String nieuweGroep = link.getGroupId() == null ? null : vervanging.get(link.getGroupId());
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && nieuweGroep != null) {
                taken.deleteCandidateGroup(taak.getId(), link.getGroupId());
                taken.addCandidateGroup(taak.getId(), nieuweGroep);
                verplaatst = true;
            }
        }
        String geclaimdDoor = taak.getAssignee();
        if (verplaatst && geclaimdDoor != null) {
            taken.setAssignee(taak.getId(), null);
            casusAutorisaties.bijVrijgeven(taak.getId(), geclaimdDoor);
        }
    }
}
