package nl.nazorg.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.nazorg.casus.Termijn;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every user task of both models carries a due date, so Tasklist can show and sort what is behind (issue 19). */
class VervaldatumPerTaakTest {

    @Test
    void elkeGebruikerstaakHeeftEenVervaldatum() {
        for (String model : List.of("processes/nazorg.bpmn", "processes/zelfmelder.bpmn")) {
            Collection<UserTask> taken = Bpmn.readModelFromFile(new File(model)).getModelElementsByType(UserTask.class);
            assertThat(taken).as(model).isNotEmpty();
            assertThat(taken).as(model + ": user tasks without camunda:dueDate")
                    .filteredOn(taak -> taak.getCamundaDueDate() == null || taak.getCamundaDueDate().isBlank())
                    .extracting(UserTask::getId)
                    .isEmpty();
        }
    }

    /** The tasks whose work a termijn watches show in Tasklist's "Termijn nadert" from the moment of the warning. */
    @Test
    void deTakenVanEenTermijnHebbenHetWaarschuwingsmomentAlsOpvolgdatum() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/nazorg.bpmn"));
        Map<String, String> termijnPerTaak = Map.of("Task_BeoordeelBekendheid", "bekendheid", "Task_ContactLeggen", "contact",
                "Task_ProcesAfstemmen", "afstemmen", "Task_Intakegesprek", "intake", "Task_Informatieblad", "informatieblad",
                "Task_ConceptPlanOpstellen", "plan", "Task_PlanVaststellen", "plan");
        termijnPerTaak.forEach((taak, termijn) -> {
            UserTask userTask = model.getModelElementById(taak);
            assertThat(userTask.getCamundaFollowUpDate()).as(taak)
                    .isEqualTo("${termijnbewaking.waarschuwingsmoment('" + termijn + "', execution)}");
            assertThat(userTask.getCamundaDueDate()).as(taak).isEqualTo("${" + Termijn.vanCode(termijn).deadlineVariabele() + "}");
        });
    }
}
