package nl.nazorg.referentie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.identity.GemeenteTabel;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Option lists of task forms from the reference data, given when Tasklist loads the form and never stored: a select
 * with {@code "valuesKey": "gemeenten"} offers every gemeente of the table as it is at that moment, so an import by
 * beheer shows in the next form opened, without a release.
 * <p>
 * Tasklist fills a form with the task's form variables (GET task/{id}/form-variables), which Camunda builds from the
 * form fields of the task's form handler and then the case's variables (GetTaskFormVariablesCmd). The list is added
 * there as a form field of its own, computed only when that request reads it. It is no field of the Camunda Form, so a
 * completion cannot carry it (security/AlleenEigenVelden), and no variable of the case, so none of its 342 entries
 * lands in the runtime or history tables. A start form gets no variables from Tasklist: its list is in the form
 * itself (docs/referentiedata.md).
 */
@Component
class TaakformulierKeuzelijsten extends AbstractProcessEnginePlugin {

    static final String GEMEENTEN = "gemeenten";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GemeenteTabel gemeenten;

    /** Per form reference that always names the same form (not "latest"): whether it asks for the gemeenten. */
    private final Map<String, Boolean> vraagtGemeenten = new ConcurrentHashMap<>();

    TaakformulierKeuzelijsten(GemeenteTabel gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<BpmnParseListener> listeners = configuratie.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activiteit) {
                TaskDefinition taak = ((UserTaskActivityBehavior) activiteit.getActivityBehavior()).getTaskDefinition();
                taak.setTaskFormHandler(new MetKeuzelijsten(taak.getTaskFormHandler()));
            }
        });
        configuratie.setCustomPostBPMNParseListeners(listeners);
    }

    private final class MetKeuzelijsten implements TaskFormHandler {

        private final TaskFormHandler formulier;

        MetKeuzelijsten(TaskFormHandler formulier) {
            this.formulier = formulier;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity taak) {
            TaskFormData gegevens = formulier.createTaskForm(taak);
            if (vraagtGemeenten(gegevens)) {
                gegevens.getFormFields().add(new Keuzelijstveld(GEMEENTEN, this::gemeentelijst));
            }
            return gegevens;
        }

        private TypedValue gemeentelijst() {
            try {
                return SpinValues.jsonValue(JSON.writeValueAsString(Gemeentekeuzes.van(gemeenten.gemeenten().values())))
                        .create();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Gemeentelijst niet als JSON te schrijven", e);
            }
        }

        @Override
        public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definitie,
                                       BpmnParse parse) {
            formulier.parseConfiguration(element, deployment, definitie, parse);
        }

        @Override
        public void submitFormVariables(VariableMap waarden, VariableScope scope) {
            formulier.submitFormVariables(waarden, scope);
        }
    }

    private boolean vraagtGemeenten(TaskFormData gegevens) {
        CamundaFormRef verwijzing = gegevens.getCamundaFormRef();
        if (verwijzing == null) {
            return false;
        }
        if ("latest".equals(verwijzing.getBinding())) {
            return leesOfHijGemeentenVraagt(verwijzing, gegevens.getDeploymentId());
        }
        // bound to the deployment or a version: the same reference always names the same form, read once
        return vraagtGemeenten.computeIfAbsent(String.join("|", verwijzing.getKey(), verwijzing.getBinding(),
                        String.valueOf(verwijzing.getVersion()), gegevens.getDeploymentId()),
                sleutel -> leesOfHijGemeentenVraagt(verwijzing, gegevens.getDeploymentId()));
    }

    private static boolean leesOfHijGemeentenVraagt(CamundaFormRef verwijzing, String deploymentId) {
        CommandContext context = Context.getCommandContext();
        CamundaFormDefinition definitie = context.runWithoutAuthorization(() ->
                new GetCamundaFormDefinitionCmd(verwijzing, deploymentId).execute(context));
        return definitie != null && Formulierkeuzelijsten.van(context.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(definitie.getDeploymentId(), definitie.getResourceName())
                .getBytes()).contains(GEMEENTEN);
    }
}
