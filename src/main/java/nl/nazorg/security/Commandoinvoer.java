package nl.nazorg.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.ConditionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskFailureCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;

/**
 * The variable names a Camunda command brings in from its caller, and where they land: in a task (the task's form
 * decides), in a new case through its start form, or in a case by any other way. Camunda keeps them in protected
 * fields of its commands; this is the one place that reads them, and it fails loudly when a field is missing, so an
 * upgrade that renames one turns {@code CommandoinvoerTest} red instead of letting variables through unchecked.
 * Commands not named here carry no variables from their caller, apart from CMMN's: the product deploys no case models.
 */
final class Commandoinvoer {

    sealed interface Invoer permits Taak, Start, Casus {
        Set<String> namen();
    }

    /** Variables written through a task: only its form's fields. */
    record Taak(String taakId, Set<String> namen) implements Invoer {
    }

    /** Variables of a new case through the process's own start: only the start form's fields. */
    record Start(Function<CommandContext, String> procesdefinitie, Set<String> namen) implements Invoer {
    }

    /** Variables written into a case by any other way. */
    record Casus(Set<String> namen) implements Invoer {
    }

    private Commandoinvoer() {
    }

    /** Null when the command brings no variables from its caller. */
    static Invoer van(Command<?> commando) {
        // Task commands; ResolveTaskCmd is a CompleteTaskCmd.
        if (commando instanceof CompleteTaskCmd || commando instanceof SubmitTaskFormCmd
                || commando instanceof HandleTaskBpmnErrorCmd || commando instanceof HandleTaskEscalationCmd) {
            String veld = commando instanceof SubmitTaskFormCmd ? "properties" : "variables";
            return new Taak((String) veld(commando, "taskId"), namen(veld(commando, veld)));
        }
        if (commando instanceof SetTaskVariablesCmd) {
            return new Taak(entiteit(commando), namen(veld(commando, "variables")));
        }
        if (commando instanceof PatchTaskVariablesCmd) {
            return new Taak(entiteit(commando), namen(veld(commando, "variables"), veld(commando, "deletions")));
        }
        if (commando instanceof RemoveTaskVariablesCmd) {
            return new Taak(entiteit(commando), namen(veld(commando, "variableNames")));
        }
        // A new case by its none start event.
        if (commando instanceof SubmitStartFormCmd) {
            String definitie = (String) veld(commando, "processDefinitionId");
            return new Start(context -> definitie, namen(veld(commando, "variables")));
        }
        if (commando instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) veld(commando, "instantiationBuilder");
            return new Start(context -> new GetDeployedProcessDefinitionCmd(start, false).execute(context).getId(),
                    namen(start.getVariables()));
        }
        // Every other way into a case.
        if (commando instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) veld(commando, "instantiationBuilder");
            Set<String> namen = namen(start.getVariables());
            namen.addAll(namen(start.getModificationBuilder()));
            return new Casus(namen);
        }
        if (commando instanceof ModifyProcessInstanceCmd || commando instanceof ModifyProcessInstanceAsyncCmd) {
            return new Casus(namen((ProcessInstanceModificationBuilderImpl) veld(commando, "builder")));
        }
        if (commando instanceof SetExecutionVariablesCmd || commando instanceof SetVariablesToProcessInstancesBatchCmd
                || commando instanceof CorrelateAllMessageBatchCmd || commando instanceof HandleExternalTaskBpmnErrorCmd) {
            return new Casus(namen(veld(commando, "variables")));
        }
        if (commando instanceof CompleteExternalTaskCmd || commando instanceof HandleExternalTaskFailureCmd) {
            return new Casus(namen(veld(commando, "variables"), veld(commando, "localVariables")));
        }
        if (commando instanceof PatchExecutionVariablesCmd) {
            return new Casus(namen(veld(commando, "variables"), veld(commando, "deletions")));
        }
        if (commando instanceof RemoveExecutionVariablesCmd) {
            return new Casus(namen(veld(commando, "variableNames")));
        }
        if (commando instanceof SignalCmd) {
            return new Casus(namen(veld(commando, "processVariables")));
        }
        if (commando instanceof MessageEventReceivedCmd) {
            return new Casus(namen(veld(commando, "processVariables"), veld(commando, "processVariablesLocal"),
                    veld(commando, "processVariablesToTriggeredScope")));
        }
        if (commando instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl bericht = (MessageCorrelationBuilderImpl) veld(commando, "builder");
            return new Casus(namen(bericht.getPayloadProcessInstanceVariables(),
                    bericht.getPayloadProcessInstanceVariablesLocal(),
                    bericht.getPayloadProcessInstanceVariablesToTriggeredScope()));
        }
        if (commando instanceof SignalEventReceivedCmd) {
            return new Casus(namen(((SignalEventReceivedBuilderImpl) veld(commando, "builder")).getVariables()));
        }
        if (commando instanceof EvaluateStartConditionCmd) {
            return new Casus(namen(((ConditionEvaluationBuilderImpl) veld(commando, "builder")).getVariables()));
        }
        if (commando instanceof AbstractMigrationCmd) {
            MigrationPlanExecutionBuilderImpl migratie = (MigrationPlanExecutionBuilderImpl) veld(commando, "executionBuilder");
            return new Casus(namen(migratie.getMigrationPlan().getVariables()));
        }
        return null;
    }

    private static String entiteit(Command<?> commando) {
        return (String) veld(commando, "entityId");
    }

    private static Set<String> namen(ProcessInstanceModificationBuilderImpl wijziging) {
        Set<String> namen = namen(wijziging.getProcessVariables());
        for (AbstractProcessInstanceModificationCommand stap : wijziging.getModificationOperations()) {
            if (stap instanceof AbstractInstantiationCmd start) {
                namen.addAll(namen(start.getVariables(), start.getVariablesLocal()));
            }
        }
        return namen;
    }

    private static Set<String> namen(Object... bronnen) {
        Set<String> namen = new TreeSet<>();
        for (Object bron : bronnen) {
            if (bron instanceof Map<?, ?> variabelen) {
                variabelen.keySet().forEach(naam -> namen.add(String.valueOf(naam)));
            } else if (bron instanceof Collection<?> lijst) {
                lijst.forEach(naam -> namen.add(String.valueOf(naam)));
            } else if (bron != null) {
                throw new IllegalStateException("Onverwachte variabelen in Camunda-commando: " + bron.getClass().getName());
            }
        }
        return namen;
    }

    private static Object veld(Object commando, String naam) {
        return new Commandoveld(commando.getClass(), naam, "op variabelen").lees(commando);
    }

}
