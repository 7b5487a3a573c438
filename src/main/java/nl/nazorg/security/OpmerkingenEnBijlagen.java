package nl.nazorg.security;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * A comment or attachment only from someone who works the case: on a task, whoever may work that task (Camunda's
 * {@code checkTaskWork}, as for claiming or completing it); on a process instance, whoever may change it. Camunda itself
 * checks nothing when it adds either, and its REST API only asks whether the task is in the history, which the
 * read-only ketenmanager may read for every case. Checked in the engine, before the comment or attachment is added, for
 * every route.
 * <p>
 * A comment is changed or deleted only by whoever wrote it (Camunda lets anyone who may work the task change a
 * colleague's), an attachment deleted only with the rights to add it (Camunda checks nothing; it keeps no author).
 */
@Component
class OpmerkingenEnBijlagen extends AbstractProcessEnginePlugin {

    private static final String CONTROLE = "op de casus van de opmerking of bijlage";
    private static final String SCHRIJVER = "op wie de opmerking schreef of de bijlage mag verwijderen";
    private static final Commandoveld WIJZIG_TAAK = new Commandoveld(UpdateCommentCmd.class, "taskId", SCHRIJVER);
    private static final Commandoveld WIJZIG_INSTANTIE = new Commandoveld(UpdateCommentCmd.class, "processInstanceId", SCHRIJVER);
    private static final Commandoveld WIJZIG_OPMERKING = new Commandoveld(UpdateCommentCmd.class, "commentId", SCHRIJVER);
    private static final Commandoveld VERWIJDER_TAAK = new Commandoveld(DeleteTaskCommentCmd.class, "taskId", SCHRIJVER);
    private static final Commandoveld VERWIJDER_OPMERKING = new Commandoveld(DeleteTaskCommentCmd.class, "commentId", SCHRIJVER);
    private static final Commandoveld VERWIJDER_INSTANTIE = new Commandoveld(DeleteProcessInstanceCommentCmd.class, "processInstanceId", SCHRIJVER);
    private static final Commandoveld VERWIJDER_INSTANTIEOPMERKING = new Commandoveld(DeleteProcessInstanceCommentCmd.class, "commentId", SCHRIJVER);
    private static final Commandoveld BIJLAGE_TAAK = new Commandoveld(DeleteAttachmentCmd.class, "taskId", SCHRIJVER);
    private static final Commandoveld BIJLAGE = new Commandoveld(DeleteAttachmentCmd.class, "attachmentId", SCHRIJVER);

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
            } else if (opdracht instanceof UpdateCommentCmd) {
                opmerkingVanSchrijver((String) WIJZIG_TAAK.lees(opdracht), (String) WIJZIG_INSTANTIE.lees(opdracht),
                        (String) WIJZIG_OPMERKING.lees(opdracht));
            } else if (opdracht instanceof DeleteTaskCommentCmd) {
                opmerkingVanSchrijver((String) VERWIJDER_TAAK.lees(opdracht), null, (String) VERWIJDER_OPMERKING.lees(opdracht));
            } else if (opdracht instanceof DeleteProcessInstanceCommentCmd) {
                opmerkingVanSchrijver(null, (String) VERWIJDER_INSTANTIE.lees(opdracht),
                        (String) VERWIJDER_INSTANTIEOPMERKING.lees(opdracht));
            } else if (opdracht instanceof DeleteAttachmentCmd) {
                bijlageVerwijderen((String) BIJLAGE_TAAK.lees(opdracht), (String) BIJLAGE.lees(opdracht));
            }
            return next.execute(opdracht);
        }

        /** The comment, or without an id every comment of the task or case, is the caller's own. */
        private void opmerkingVanSchrijver(String taakId, String procesinstantieId, String opmerkingId) {
            next.execute(context -> {
                if (!geldt(context)) {
                    return null;
                }
                List<Comment> opmerkingen;
                if (taakId != null) {
                    opmerkingen = opmerkingId == null ? context.getCommentManager().findCommentsByTaskId(taakId)
                            : nietLeeg(context.getCommentManager().findCommentByTaskIdAndCommentId(taakId, opmerkingId));
                } else if (procesinstantieId != null) {
                    opmerkingen = opmerkingId == null ? context.getCommentManager().findCommentsByProcessInstanceId(procesinstantieId)
                            : nietLeeg(context.getCommentManager().findCommentByProcessInstanceIdAndCommentId(procesinstantieId, opmerkingId));
                } else {
                    return null;
                }
                opmerkingen.forEach(opmerking -> vanSchrijver(context, opmerking.getUserId()));
                return null;
            });
        }

        private void bijlageVerwijderen(String taakId, String bijlageId) {
            next.execute(context -> {
                if (!geldt(context) || bijlageId == null) {
                    return null;
                }
                AttachmentEntity bijlage = taakId != null && !taakId.isBlank()
                        ? (AttachmentEntity) context.getAttachmentManager().findAttachmentByTaskIdAndAttachmentId(taakId, bijlageId)
                        : context.getDbEntityManager().selectById(AttachmentEntity.class, bijlageId);
                if (bijlage != null) {
                    controleer(context, bijlage.getTaskId(), bijlage.getProcessInstanceId());
                }
                return null;
            });
        }
    }

    private static <T> List<T> nietLeeg(T waarde) {
        return waarde == null ? List.of() : List.of(waarde);
    }

    private static void vanSchrijver(CommandContext context, String schrijver) {
        if (!Objects.equals(schrijver, context.getAuthenticatedUserId())) {
            throw new AuthorizationException("Een opmerking wijzigen of verwijderen kan alleen wie haar schreef.");
        }
    }

    private static boolean geldt(CommandContext context) {
        return context.getProcessEngineConfiguration().isAuthorizationEnabled() && context.isAuthorizationCheckEnabled()
                && context.getAuthenticatedUserId() != null;
    }

    static void controleer(CommandContext context, String taakId, String procesinstantieId) {
        if (!geldt(context)) {
            return;
        }
        List<CommandChecker> controles = context.getProcessEngineConfiguration().getCommandCheckers();
        TaskEntity taak = null;
        if (taakId != null) {
            taak = context.getTaskManager().findTaskById(taakId);
            if (taak == null) {
                throw new AuthorizationException("Een opmerking of bijlage kan alleen bij een open taak (taak " + taakId + ").");
            }
            TaskEntity teWerken = taak;
            inHetNederlands("Een opmerking of bijlage bij een taak kan alleen wie die taak mag uitvoeren.",
                    () -> controles.forEach(controle -> controle.checkTaskWork(teWerken)));
        }
        if (procesinstantieId != null && (taak == null || !procesinstantieId.equals(taak.getProcessInstanceId()))) {
            if (context.getExecutionManager().findExecutionById(procesinstantieId) == null) {
                throw new AuthorizationException("Een opmerking of bijlage kan alleen bij een lopende casus (procesinstantie "
                        + procesinstantieId + ").");
            }
            inHetNederlands("Een opmerking of bijlage bij een casus kan alleen wie de casus mag wijzigen.",
                    () -> controles.forEach(controle -> controle.checkUpdateProcessInstanceById(procesinstantieId)));
        }
    }

    /** Camunda's own refusal names permissions in English; the person gets the rule in Dutch. */
    private static void inHetNederlands(String regel, Runnable controle) {
        try {
            controle.run();
        } catch (AuthorizationException e) {
            throw new AuthorizationException(regel);
        }
    }
}
