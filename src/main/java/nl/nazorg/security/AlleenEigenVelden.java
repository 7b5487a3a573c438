package nl.nazorg.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * Users give a case only what their form asks: a command from a user (REST, the webapps, or the Java API with an
 * authenticated user) that writes variables through a task may write only that task's form fields, a start of a case
 * only the start form's fields, and no other command may write a {@link Routekenmerken routing variable}. A user
 * cannot change a task's candidate groups either: they follow from the case. Anything else is refused before the
 * command runs, so nothing changes.
 * <p>
 * The product's own paths are not users: /api/v1 and the job executor call the engine without an authentication, and
 * delegates and listeners run inside the command that triggered them. So only the outermost command is checked, and
 * only its input, never what the process itself writes while it runs.
 */
@Component
class AlleenEigenVelden extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<int[]> DIEPTE = ThreadLocal.withInitial(() -> new int[1]);

    /** Per deployed form definition, which never changes. */
    private final Map<String, Set<String>> veldenPerFormulier = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Opdrachtcontroles.inContext(configuratie, Controle::new);
    }

    /** After Camunda's command context interceptor: the check runs in the command's own context and transaction. */
    private final class Controle extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> commando) {
            int[] diepte = DIEPTE.get();
            diepte[0]++;
            try {
                if (diepte[0] == 1) {
                    controleer(commando, Context.getCommandContext());
                }
                return next.execute(commando);
            } finally {
                if (--diepte[0] == 0) {
                    DIEPTE.remove();
                }
            }
        }
    }

    private void controleer(Command<?> commando, CommandContext context) {
        if (context.getAuthentication() == null) {
            return;
        }
        if (commando instanceof AddGroupIdentityLinkCmd || commando instanceof DeleteGroupIdentityLinkCmd) {
            throw new InvoerGeweigerd("De groepen van een taak volgen uit de casus en kunnen niet met de hand worden "
                    + "gewijzigd; een overplaatsing gaat via /api/v1");
        }
        Toewijzingen.controleer(commando, context);
        Commandoinvoer.Invoer invoer;
        try {
            invoer = Commandoinvoer.van(commando);
        } catch (RuntimeException e) {
            throw new InvoerGeweigerd("De variabelen van dit verzoek kunnen niet worden gecontroleerd; het is geweigerd");
        }
        if (invoer == null || invoer.namen().isEmpty()) {
            return;
        }
        if (invoer instanceof Commandoinvoer.Taak taak) {
            controleerTaak(taak, context);
        } else if (invoer instanceof Commandoinvoer.Start start) {
            controleerStart(start, context);
        } else {
            Set<String> verboden = new TreeSet<>(invoer.namen());
            verboden.retainAll(Routekenmerken.NAMEN);
            if (!verboden.isEmpty()) {
                throw new InvoerGeweigerd(variabelen(verboden) + " bepa" + (verboden.size() == 1 ? "alt" : "len")
                        + " bij wie de casus hoort en wijzig" + (verboden.size() == 1 ? "t" : "en")
                        + " alleen via melding, overplaatsing of uitstroom (/api/v1); er is niets gewijzigd");
            }
        }
    }

    private void controleerTaak(Commandoinvoer.Taak invoer, CommandContext context) {
        TaskEntity taak = context.getTaskManager().findTaskById(invoer.taakId());
        if (taak == null || taak.getExecutionId() == null) {
            // No such task: Camunda answers. A task outside any case keeps its variables to itself.
            return;
        }
        Set<String> velden = context.runWithoutAuthorization(() ->
                velden(new GetTaskFormCmd(taak.getId()).execute(context), context));
        weigerAndere(invoer.namen(), velden, "taak '" + taak.getName() + "'");
    }

    private void controleerStart(Commandoinvoer.Start invoer, CommandContext context) {
        Set<String> velden = context.runWithoutAuthorization(() ->
                velden(new GetStartFormCmd(invoer.procesdefinitie().apply(context)).execute(context), context));
        weigerAndere(invoer.namen(), velden, "de start van een casus");
    }

    private static void weigerAndere(Set<String> namen, Set<String> velden, String waar) {
        Set<String> andere = new TreeSet<>(namen);
        andere.removeAll(velden);
        if (andere.isEmpty()) {
            return;
        }
        String toegestaan = velden.isEmpty()
                ? waar + " heeft geen formulier en neemt geen variabelen aan"
                : waar + " neemt alleen de velden van het formulier aan: " + String.join(", ", new TreeSet<>(velden));
        throw new InvoerGeweigerd(variabelen(andere) + (andere.size() == 1 ? " hoort" : " horen")
                + " niet bij het formulier; " + toegestaan + ". Er is niets gewijzigd");
    }

    /** A Camunda Form's fields; a task or start without one (or with a form this check cannot read) accepts nothing. */
    private Set<String> velden(FormData formulier, CommandContext context) {
        if (formulier == null) {
            return Set.of();
        }
        CamundaFormRef verwijzing = formulier.getCamundaFormRef();
        if (verwijzing == null) {
            return formulier.getFormFields().stream().map(FormField::getId).collect(Collectors.toSet());
        }
        CamundaFormDefinition definitie =
                new GetCamundaFormDefinitionCmd(verwijzing, formulier.getDeploymentId()).execute(context);
        if (definitie == null) {
            return Set.of();
        }
        return veldenPerFormulier.computeIfAbsent(definitie.getId(), id -> {
            ResourceEntity bron = context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(definitie.getDeploymentId(), definitie.getResourceName());
            return Formuliervelden.van(bron.getBytes());
        });
    }

    private static String variabelen(Set<String> namen) {
        return (namen.size() == 1 ? "Variabele " : "Variabelen ")
                + namen.stream().map(naam -> "'" + naam + "'").collect(Collectors.joining(", "));
    }
}
