package nl.nazorg.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every user sees, with the columns that tell cases apart. Created once by name;
 * the queries run with the user's own authorizations, so each sees only the tasks of their PI or region.
 */
@Component
public class TasklistFilters {

    static final List<Map<String, String>> KOLOMMEN = List.of(
            kolom("achternaam", "Naam"), kolom("voorletters", "Voorletters"), kolom("detentieId", "Detentie"),
            kolom("piCode", "PI"), kolom("gemeenteNaam", "Gemeente"));

    private final FilterService filters;
    private final TaskService taken;
    private final AuthorizationService autorisaties;

    public TasklistFilters(FilterService filters, TaskService taken, AuthorizationService autorisaties) {
        this.filters = filters;
        this.taken = taken;
        this.autorisaties = autorisaties;
    }

    /** At every start, through nl.nazorg.system.Opstart. */
    public void richtIn() {
        maak("Mijn taken", "Taken die aan mij zijn toegewezen", -20,
                taken.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        maak("Taken van mijn groepen", "Taken van mijn PI of regio, ook die al door een collega zijn opgepakt", -10,
                taken.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .orderByDueDate().asc());
        maak("Termijn verlopen", "Taken waarvan de termijn voorbij is", 0,
                taken.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
        maak("Stap 1: binnenkomst en check ZVH", "Melding, bekendheid, contact en afstemming", 10, stap(
                "Task_BeoordeelBekendheid", "Task_ContactLeggen", "Task_ProcesAfstemmen"));
        maak("Stap 2: beeldvorming", "Intake, informatieblad, verrijking en complexe casus", 20, stap(
                "Task_Intakegesprek", "Task_Informatieblad", "Task_VerrijkInformatie", "Task_GesprekComplexeCasus",
                "Task_OpschalingAfstemmen"));
        maak("Stap 3: planvorming", "Concept D&R-plan en vaststelling in het MDO", 30, stap(
                "Task_ConceptPlanOpstellen", "Task_PlanVaststellen"));
        maak("Stap 4: uitvoering", "Acties uit de actielijst en trajectgesprekken", 40, stap(
                "Task_ActieUitvoeren", "Task_Trajectgesprek"));
        maak("Stap 5: overdracht en afsluiten", "Warme overdracht en controle van de uitstroom", 50, stap(
                "Task_WarmeOverdracht", "Task_UitstroomControleren"));
        maak("Voorzorg zelfmelders", "Screening, gesprek en plan van aanpak voor zelfmelders", 60, stap(
                "Task_ScreeningTriage", "Task_ZelfmelderBenaderen", "Task_GesprekZelfmelder", "Task_PlanVanAanpak",
                "Task_NietGemeld"));
    }

    private TaskQuery stap(String... taakKeys) {
        return taken.createTaskQuery().taskDefinitionKeyIn(taakKeys).orderByDueDate().asc();
    }

    private void maak(String naam, String omschrijving, int prioriteit, TaskQuery query) {
        if (filters.createFilterQuery().filterName(naam).count() > 0) {
            return;
        }
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("description", omschrijving);
        eigenschappen.put("priority", prioriteit);
        eigenschappen.put("refresh", true);
        eigenschappen.put("variables", KOLOMMEN);
        Filter filter = filters.newTaskFilter(naam).setQuery(query).setProperties(eigenschappen);
        filters.saveFilter(filter);

        Authorization iedereen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        iedereen.setResource(Resources.FILTER);
        iedereen.setResourceId(filter.getId());
        iedereen.addPermission(READ);
        autorisaties.saveAuthorization(iedereen);
    }

    private static Map<String, String> kolom(String naam, String label) {
        return Map.of("name", naam, "label", label);
    }
}
