package nl.nazorg.identity;

import nl.nazorg.system.Opstartstap;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups and their standing authorizations at every start; a restart duplicates nothing.
 * Access to single cases is granted per process instance by {@link CasusAutorisaties}.
 */
@Component
@Order(30)
public class GroepenInrichting implements Opstartstap {

    private static final Logger LOG = LoggerFactory.getLogger(GroepenInrichting.class);

    static final String[] PROCESSEN = {"nazorg", "zelfmelder"};
    private static final String ALLES = "*";
    static final String ZVH_ADMINISTRATIE = "zvh-administratie-";
    static final String GEMEENTE = "gemeente-";
    static final String CASEMANAGER = "casemanager-";
    /** Process "D&R-plan tussentijds herzien" (nl.nazorg.plan.TussentijdseHerzieningDelegate). */
    static final String PLAN_HERZIEN = "dr-plan-herzien";

    private final IdentityService identiteit;
    private final Groepsindeling indeling;
    private final Autorisaties autorisaties;

    public GroepenInrichting(IdentityService identiteit, Groepsindeling indeling, Autorisaties autorisaties) {
        this.identiteit = identiteit;
        this.indeling = indeling;
        this.autorisaties = autorisaties;
    }

    /**
     * At every start, through nl.nazorg.system.Opstart, and after an import of the gemeenten. The existing groups and
     * grants are read in a few queries; only what is missing is written (hundreds of gemeente groups).
     */
    @Override
    public void richtIn() {
        long begin = System.nanoTime();
        List<Groep> groepen = indeling.groepen();
        Set<String> bestaand = identiteit.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
        Autorisaties.Voorraad voorraad = autorisaties.voorraad(groepen.stream().map(Groep::id).toList());
        int nieuw = 0;
        for (Groep groep : groepen) {
            if (!bestaand.contains(groep.id())) {
                bewaar(groep);
                nieuw++;
            }
            switch (groep.soort()) {
                case WERK -> werkgroep(voorraad, groep.id());
                case KETENMANAGER -> ketenmanager(voorraad, groep.id());
                case BEHEER -> beheerder(voorraad, groep.id());
                case SYSTEEM -> { }
            }
        }
        LOG.info("Groepen ingericht: {} groepen, {} nieuw, in {} ms", groepen.size(), nieuw, (System.nanoTime() - begin) / 1_000_000);
    }

    private void bewaar(Groep groep) {
        Group nieuw = identiteit.newGroup(groep.id());
        nieuw.setName(groep.naam());
        nieuw.setType("WORKFLOW");
        identiteit.saveGroup(nieuw);
    }

    /** Tasklist, and the process models for the diagram next to a task; cases only through their own tasks and instances. */
    private void werkgroep(Autorisaties.Voorraad autorisaties, String groep) {
        autorisaties.verleen(groep, Resources.APPLICATION, "tasklist", ACCESS);
        for (String proces : PROCESSEN) {
            autorisaties.verleen(groep, Resources.PROCESS_DEFINITION, proces, READ);
        }
        if (groep.startsWith(ZVH_ADMINISTRATIE)) {
            meldingInvoeren(autorisaties, groep, "nazorg");
        } else if (groep.startsWith(GEMEENTE)) {
            meldingInvoeren(autorisaties, groep, "zelfmelder");
        } else if (groep.startsWith(CASEMANAGER)) {
            meldingInvoeren(autorisaties, groep, PLAN_HERZIEN);
        }
    }

    /**
     * Entering a melding that came another way, through Tasklist's "Proces starten" (Camunda asks CREATE_INSTANCE on
     * the definition and CREATE on process instances): the ZVH administration a detainee (memo 1b), the gemeente a
     * zelfmelder, the casemanager of a PI a revision of an adopted D&R-plan (memo 4b). The start of a case runs the same
     * listener as a melding, which gives the case to the groups it belongs to; a revision is checked against the case
     * by its delegate. The start form's own fields are all a start may carry (security/AlleenEigenVelden).
     */
    private void meldingInvoeren(Autorisaties.Voorraad autorisaties, String groep, String proces) {
        autorisaties.verleen(groep, Resources.PROCESS_DEFINITION, proces, READ, CREATE_INSTANCE);
        autorisaties.verleen(groep, Resources.PROCESS_INSTANCE, ALLES, CREATE);
    }

    /**
     * Cockpit, reading everything and changing nothing. READ on tasks is what Cockpit's open-task count and task page
     * need; claiming, assigning and completing need UPDATE, TASK_ASSIGN or TASK_WORK, which the group does not get. The
     * engine keeps personal variables from it, also in task searches (cockpit/TakenZonderPersoonsgegevens).
     */
    private void ketenmanager(Autorisaties.Voorraad autorisaties, String groep) {
        autorisaties.verleen(groep, Resources.APPLICATION, "cockpit", ACCESS);
        autorisaties.verleen(groep, Resources.TASK, ALLES, READ);
        autorisaties.verleen(groep, Resources.PROCESS_DEFINITION, ALLES, READ, READ_HISTORY);
        autorisaties.verleen(groep, Resources.PROCESS_INSTANCE, ALLES, READ);
        autorisaties.verleen(groep, Resources.DECISION_DEFINITION, ALLES, READ, READ_HISTORY);
        autorisaties.verleen(groep, Resources.DECISION_REQUIREMENTS_DEFINITION, ALLES, READ);
        autorisaties.verleen(groep, Resources.DEPLOYMENT, ALLES, READ);
    }

    private void beheerder(Autorisaties.Voorraad autorisaties, String groep) {
        autorisaties.verleen(groep, Resources.APPLICATION, "admin", ACCESS);
        for (Resource resource : new Resource[] {Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
                Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP}) {
            autorisaties.verleen(groep, resource, ALLES, ALL);
        }
    }
}
