package nl.nazorg.security;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task goes only to people of its own candidate groups. Giving it to someone else (claim for another user, assign,
 * owner, delegate, an extra candidate user) would hand that person the task and, through it, the case's personal data:
 * the same move to another PI or region as changing the routing variables. Also when the whole task is saved with
 * another assignee or owner. Taking a task oneself and giving it back
 * stay Camunda's own check.
 */
final class Toewijzingen {

    private static final String TOEWIJZING = "op toewijzing";
    private static final Commandoveld CLAIM_TAAK = new Commandoveld(ClaimTaskCmd.class, "taskId", TOEWIJZING);
    private static final Commandoveld CLAIM_GEBRUIKER = new Commandoveld(ClaimTaskCmd.class, "userId", TOEWIJZING);
    private static final Commandoveld DELEGEER_TAAK = new Commandoveld(DelegateTaskCmd.class, "taskId", TOEWIJZING);
    private static final Commandoveld DELEGEER_GEBRUIKER = new Commandoveld(DelegateTaskCmd.class, "userId", TOEWIJZING);
    private static final Commandoveld KOPPEL_TAAK = new Commandoveld(AbstractSetTaskPropertyCmd.class, "taskId", TOEWIJZING);
    private static final Commandoveld KOPPEL_GEBRUIKER = new Commandoveld(AbstractAddIdentityLinkCmd.class, "userId", TOEWIJZING);
    private static final Commandoveld OPGESLAGEN_TAAK = new Commandoveld(SaveTaskCmd.class, "task", TOEWIJZING);

    private Toewijzingen() {
    }

    static void controleer(Command<?> commando, CommandContext context) {
        if (commando instanceof ClaimTaskCmd) {
            controleer((String) CLAIM_TAAK.lees(commando), (String) CLAIM_GEBRUIKER.lees(commando), context);
        } else if (commando instanceof DelegateTaskCmd) {
            controleer((String) DELEGEER_TAAK.lees(commando), (String) DELEGEER_GEBRUIKER.lees(commando), context);
        } else if (commando instanceof AbstractAddIdentityLinkCmd) {
            controleer((String) KOPPEL_TAAK.lees(commando), (String) KOPPEL_GEBRUIKER.lees(commando), context);
        } else if (commando instanceof SaveTaskCmd) {
            controleerOpgeslagen((TaskEntity) OPGESLAGEN_TAAK.lees(commando), context);
        }
    }

    /** A task saved as a whole ({@code PUT /task/{id}}) may carry another assignee or owner than it has. */
    private static void controleerOpgeslagen(TaskEntity nieuw, CommandContext context) {
        TaskEntity bestaand = nieuw.getId() == null ? null : context.getTaskManager().findTaskById(nieuw.getId());
        if (bestaand == null) {
            return; // a new task outside any case: Camunda's CREATE permission decides
        }
        if (!Objects.equals(nieuw.getAssignee(), bestaand.getAssignee())) {
            controleer(bestaand.getId(), nieuw.getAssignee(), context);
        }
        if (!Objects.equals(nieuw.getOwner(), bestaand.getOwner())) {
            controleer(bestaand.getId(), nieuw.getOwner(), context);
        }
    }

    private static void controleer(String taakId, String gebruiker, CommandContext context) {
        if (gebruiker == null || gebruiker.equals(context.getAuthenticatedUserId())) {
            return;
        }
        TaskEntity taak = taakId == null ? null : context.getTaskManager().findTaskById(taakId);
        if (taak == null) {
            return; // Camunda answers that the task does not exist
        }
        List<String> groepen = context.runWithoutAuthorization(() -> taak.getIdentityLinks().stream()
                .filter(koppeling -> IdentityLinkType.CANDIDATE.equals(koppeling.getType()) && koppeling.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList());
        Boolean lid = context.runWithoutAuthorization(() -> groepen.stream().anyMatch(groep -> context.getReadOnlyIdentityProvider()
                .createUserQuery(context).userId(gebruiker).memberOfGroup(groep).count() > 0));
        if (!lid) {
            throw new InvoerGeweigerd("Taak '" + taak.getName() + "' kan alleen naar iemand uit de eigen groep ("
                    + String.join(", ", groepen) + "); '" + gebruiker + "' hoort daar niet bij. Er is niets gewijzigd");
        }
    }
}
