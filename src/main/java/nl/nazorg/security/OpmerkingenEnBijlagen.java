package nl.nazorg.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A comment or attachment only from someone who works the case: on a task, whoever may work that task (Camunda's
 * {@code checkTaskWork}, as for claiming or completing it); on a process instance, whoever may change it. Camunda itself
 * checks nothing when it adds either, and its REST API only asks whether the task is in the history, which the
 * read-only ketenmanager may read for every case. Checked in the engine, before the comment or attachment is added, for
 * every route.
 */
@Component
class OpmerkingenEnBijlagen extends AbstractProcessEnginePlugin {

    private static final String CONTROLE = "op de casus van de opmerking of bijlage";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Opdrachtcontroles.voorContext(configuratie, Controle::new);
    }

    private static final class Controle extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> opdracht) {
            if (opdracht instanceof AddCommentCmd || opdracht instanceof CreateAttachmentCmd) {
                String taakId = (String) new Commandoveld(opdracht.getClass(), "taskId", CONTROLE).lees(opdracht);
                String procesinstantieId = (String) new Commandoveld(opdracht.getClass(), "processInstanceId", CONTROLE).lees(opdracht);
                next.execute(context -> {
                    controleer(context, taakId, procesinstantieId);
                    return null;
                });
            }
            return next.execute(opdracht);
        }
    }

    static void controleer(CommandContext context, String taakId, String procesinstantieId) {
        if (!context.getProcessEngineConfiguration().isAuthorizationEnabled() || !context.isAuthorizationCheckEnabled()
                || context.getAuthenticatedUserId() == null) {
            return;
        }
        List<CommandChecker> controles = context.getProcessEngineConfiguration().getCommandCheckers();
        TaskEntity taak = null;
        if (taakId != null) {
            taak = context.getTaskManager().findTaskById(taakId);
            if (taak == null) {
                throw new AuthorizationException("Een opmerking of bijlage kan alleen bij een open taak (taak " + taakId + ").");
            }
            for (CommandChecker controle : controles) {
                controle.checkTaskWork(taak);
            }
        }
        if (procesinstantieId != null && (taak == null || !procesinstantieId.equals(taak.getProcessInstanceId()))) {
            if (context.getExecutionManager().findExecutionById(procesinstantieId) == null) {
                throw new AuthorizationException("Een opmerking of bijlage kan alleen bij een lopende casus (procesinstantie "
                        + procesinstantieId + ").");
            }
            for (CommandChecker controle : controles) {
                controle.checkUpdateProcessInstanceById(procesinstantieId);
            }
        }
    }
}
