package nl.nazorg.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
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
}
