package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.ConditionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationAsyncBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
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
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
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
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.MigrationPlanImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * Every Camunda command that carries variables from its caller, built the way Camunda's services build it: the
 * check must see those variables. Red here after an upgrade means Commandoinvoer reads a field that moved.
 */
class CommandoinvoerTest {

    private static final Map<String, Object> PI = Map.of("piCode", "sittard");
    private static final CommandExecutor GEEN_UITVOERDER = new CommandExecutor() {
        @Override
        public <T> T execute(Command<T> command) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void taakcommandosNoemenHunTaakEnVariabelen() {
        assertTaak(new CompleteTaskCmd("t1", PI));
        assertTaak(new ResolveTaskCmd("t1", PI));
        assertTaak(new SubmitTaskFormCmd("t1", PI, false, false));
        assertTaak(new SetTaskVariablesCmd("t1", PI, false));
        assertTaak(new SetTaskVariablesCmd("t1", PI, true));
        assertTaak(new PatchTaskVariablesCmd("t1", PI, null, false));
        assertTaak(new PatchTaskVariablesCmd("t1", null, List.of("piCode"), true));
        assertTaak(new RemoveTaskVariablesCmd("t1", List.of("piCode"), false));
        assertTaak(new HandleTaskBpmnErrorCmd("t1", "fout", "melding", PI));
        assertTaak(new HandleTaskEscalationCmd("t1", "escalatie", PI));
        assertThat(Commandoinvoer.van(new CompleteTaskCmd("t1", null)).namen()).isEmpty();
    }

    @Test
    void startcommandosNoemenHunVariabelen() {
        Commandoinvoer.Invoer formulier = Commandoinvoer.van(new SubmitStartFormCmd("nazorg:1:x", null, PI));
        assertThat(formulier).isInstanceOf(Commandoinvoer.Start.class);
        assertThat(formulier.namen()).containsExactly("piCode");
        assertThat(((Commandoinvoer.Start) formulier).procesdefinitie().apply(null)).isEqualTo("nazorg:1:x");

        ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl)
                ProcessInstantiationBuilderImpl.createProcessInstanceByKey(GEEN_UITVOERDER, "nazorg").setVariables(PI);
        Commandoinvoer.Invoer rest = Commandoinvoer.van(new StartProcessInstanceCmd(start));
        assertThat(rest).isInstanceOf(Commandoinvoer.Start.class);
        assertThat(rest.namen()).containsExactly("piCode");
    }

    @Test
    void andereWegenInEenCasusNoemenHunVariabelen() {
        assertCasus(new SetExecutionVariablesCmd("e1", PI, false));
        assertCasus(new PatchExecutionVariablesCmd("e1", null, List.of("piCode"), false));
        assertCasus(new RemoveExecutionVariablesCmd("e1", List.of("piCode"), true));
        assertCasus(new SignalCmd("e1", "signaal", null, PI));
        assertCasus(new MessageEventReceivedCmd("bericht", "e1", null, null, PI));
        assertCasus(new CorrelateMessageCmd(bericht(b -> b.setVariables(PI)), false, false, false));
        assertCasus(new CorrelateMessageCmd(bericht(b -> b.setVariablesLocal(PI)), false, false, false));
        assertCasus(new CorrelateAllMessageCmd(bericht(b -> b.setVariablesToTriggeredScope(PI)), false, false));
        assertCasus(new CorrelateAllMessageBatchCmd((MessageCorrelationAsyncBuilderImpl)
                new MessageCorrelationAsyncBuilderImpl(GEEN_UITVOERDER, "bericht").setVariables(PI)));
        assertCasus(new SignalEventReceivedCmd((SignalEventReceivedBuilderImpl)
                new SignalEventReceivedBuilderImpl(GEEN_UITVOERDER, "signaal").setVariables(PI)));
        assertCasus(new EvaluateStartConditionCmd((ConditionEvaluationBuilderImpl)
                new ConditionEvaluationBuilderImpl(GEEN_UITVOERDER).setVariables(PI)));
        assertCasus(new SetVariablesToProcessInstancesBatchCmd(List.of("p1"), null, null, PI));
        assertCasus(new CompleteExternalTaskCmd("x1", "werker", null, PI));
        assertCasus(new HandleExternalTaskBpmnErrorCmd("x1", "werker", "fout", null, PI));
        assertCasus(new HandleExternalTaskFailureCmd("x1", "werker", "fout", null, 0, 0, null, PI));

        ProcessInstanceModificationBuilderImpl ervoor = wijziging();
        ervoor.startBeforeActivity("Task_ContactLeggen").setVariables(PI);
        assertCasus(new ModifyProcessInstanceCmd(ervoor));
        ProcessInstanceModificationBuilderImpl erna = wijziging();
        erna.startAfterActivity("Task_ContactLeggen").setVariablesLocal(PI);
        assertCasus(new ModifyProcessInstanceCmd(erna));
        ProcessInstanceModificationBuilderImpl procesvariabelen = wijziging();
        procesvariabelen.setVariables(PI);
        assertCasus(new ModifyProcessInstanceAsyncCmd(procesvariabelen));
        ProcessInstantiationBuilderImpl opActiviteit = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
                .createProcessInstanceByKey(GEEN_UITVOERDER, "nazorg").startBeforeActivity("Task_ContactLeggen").setVariables(PI);
        assertCasus(new StartProcessInstanceAtActivitiesCmd(opActiviteit));

        MigrationPlanImpl migratie = new MigrationPlanImpl("nazorg:1", "nazorg:2");
        migratie.setVariables(Variables.fromMap(PI));
        assertCasus(new MigrateProcessInstanceCmd(new MigrationPlanExecutionBuilderImpl(GEEN_UITVOERDER, migratie), false));
    }

    private static void assertTaak(Command<?> commando) {
        Commandoinvoer.Invoer invoer = Commandoinvoer.van(commando);
        assertThat(invoer).as(commando.getClass().getSimpleName()).isInstanceOf(Commandoinvoer.Taak.class);
        assertThat(((Commandoinvoer.Taak) invoer).taakId()).isEqualTo("t1");
        assertThat(invoer.namen()).as(commando.getClass().getSimpleName()).containsExactly("piCode");
    }

    private static void assertCasus(Command<?> commando) {
        Commandoinvoer.Invoer invoer = Commandoinvoer.van(commando);
        assertThat(invoer).as(commando.getClass().getSimpleName()).isInstanceOf(Commandoinvoer.Casus.class);
        assertThat(invoer.namen()).as(commando.getClass().getSimpleName()).containsExactly("piCode");
    }

    private static MessageCorrelationBuilderImpl bericht(Function<MessageCorrelationBuilderImpl, Object> vul) {
        MessageCorrelationBuilderImpl bericht = new MessageCorrelationBuilderImpl(GEEN_UITVOERDER, "Overplaatsing");
        vul.apply(bericht);
        return bericht;
    }

    private static ProcessInstanceModificationBuilderImpl wijziging() {
        return new ProcessInstanceModificationBuilderImpl(GEEN_UITVOERDER, "p1");
    }
}
