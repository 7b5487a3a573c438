package nl.nazorg.identity;

import nl.nazorg.system.Opstartstap;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, with the columns that tell cases apart, each for the roles that work its tasks.
 * Made or corrected at every start, so an existing database gets the current queries, order and rights. The queries
 * run with the user's own authorizations, so each sees only the tasks of their PI, region or gemeente.
 */
@Component
@Order(40)
public class TasklistFilters implements Opstartstap {

    /** A task card shows its first two columns until opened: for an action which one, otherwise name and detention. */
    static final List<Map<String, String>> KOLOMMEN = List.of(
            kolom(Taakkolommen.ACTIE, "Actie"), kolom("achternaam", "Naam"), kolom("detentieId", "Detentie"),
            kolom("voorletters", "Voorletters"), kolom("piCode", "PI"), kolom("gemeenteNaam", "Gemeente"));

    private static final Predicate<String> IEDEREEN = groep -> true;
    private static final Predicate<String> STAP_1 = rollen("zvh-administratie-", "casemanager-", "coordinator-nazorg-",
            "procesregisseur-");
    private static final Predicate<String> STAP_2 = rollen("casemanager-", "coordinator-nazorg-", "procesregisseur-");
    private static final Predicate<String> STAP_3 = rollen("casemanager-", "mdo-");
    private static final Predicate<String> STAP_4 = rollen("casemanager-", "mdo-", "coordinator-nazorg-", "procesregisseur-",
            Groepen.RECLASSERING, "gemeente-");
    private static final Predicate<String> STAP_5 = rollen("casemanager-");
    private static final Predicate<String> VOORZORG = rollen("gemeente-");

    private final FilterService filters;
    private final TaskService taken;
    private final AuthorizationService autorisatieService;
    private final Autorisaties autorisaties;
    private final Groepsindeling indeling;

    public TasklistFilters(FilterService filters, TaskService taken, AuthorizationService autorisatieService,
                           Autorisaties autorisaties, Groepsindeling indeling) {
        this.filters = filters;
        this.taken = taken;
        this.autorisatieService = autorisatieService;
        this.autorisaties = autorisaties;
        this.indeling = indeling;
    }

    /**
     * At every start, through nl.nazorg.system.Opstart. Tasklist opens the filter with the lowest priority: the work
     * of the user's groups, since nothing is assigned until someone claims it.
     */
    @Override
    public void richtIn() {
        maak("Taken van mijn groepen", "Taken van mijn PI, regio of gemeente, ook die al door een collega zijn opgepakt",
                -30, IEDEREEN, taken.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        maak("Termijn nadert", "Open taken van mijn groepen waarvan de opvolgdatum is bereikt: de termijn verloopt binnenkort",
                -25, IEDEREEN, taken.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().followUpBeforeExpression("${now()}").orderByDueDate().asc());
        maak("Mijn taken", "Taken die aan mij zijn toegewezen", -20, IEDEREEN,
                taken.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        maak("Termijn verlopen", "Taken waarvan de termijn voorbij is", 0, IEDEREEN,
                taken.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
        maak("Stap 1: binnenkomst en check ZVH", "Melding, bekendheid, contact en afstemming", 10, STAP_1, stap(
                "Task_BeoordeelBekendheid", "Task_ContactLeggen", "Task_ProcesAfstemmen"));
        maak("Stap 2: beeldvorming", "Intake, informatieblad, verrijking en complexe casus", 20, STAP_2, stap(
                "Task_Intakegesprek", "Task_Informatieblad", "Task_VerrijkInformatie", "Task_GesprekComplexeCasus",
                "Task_OpschalingAfstemmen"));
        maak("Stap 3: planvorming", "Concept D&R-plan en vaststelling in het MDO", 30, STAP_3, stap(
                "Task_ConceptPlanOpstellen", "Task_PlanVaststellen"));
        maak("Stap 4: uitvoering", "Acties uit de actielijst en trajectgesprekken", 40, STAP_4, stap(
                "Task_ActieUitvoeren", "Task_Trajectgesprek", "Task_PlanHerzien", "Task_HerzienPlanVaststellen",
                "Task_NieuweActieUitvoeren"));
        maak("Stap 5: overdracht en afsluiten", "Warme overdracht en controle van de uitstroom", 50, STAP_5, stap(
                "Task_WarmeOverdracht", "Task_UitstroomControleren"));
        maak("Voorzorg zelfmelders", "Screening, gesprek en plan van aanpak voor zelfmelders", 60, VOORZORG, stap(
                "Task_ScreeningTriage", "Task_ZelfmelderBenaderen", "Task_GesprekZelfmelder", "Task_PlanVanAanpak",
                "Task_NietGemeld"));
    }

    private TaskQuery stap(String... taakKeys) {
        return taken.createTaskQuery().taskDefinitionKeyIn(taakKeys).orderByDueDate().asc();
    }

    private void maak(String naam, String omschrijving, int prioriteit, Predicate<String> voorGroep, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(naam).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(naam);
        }
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("description", omschrijving);
        eigenschappen.put("priority", prioriteit);
        eigenschappen.put("refresh", true);
        eigenschappen.put("variables", KOLOMMEN);
        filters.saveFilter(filter.setQuery(query).setProperties(eigenschappen));
        geefAan(filter.getId(), voorGroep);
    }

    /** READ for the work groups of the filter's roles only; the global READ of earlier versions goes. */
    private void geefAan(String filterId, Predicate<String> voorGroep) {
        autorisatieService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(filterId).list()
                .forEach(a -> autorisatieService.deleteAuthorization(a.getId()));
        List<String> groepen = indeling.groepen().stream()
                .filter(groep -> groep.soort() == Groep.Soort.WERK && voorGroep.test(groep.id())).map(Groep::id).toList();
        Autorisaties.Voorraad voorraad = autorisaties.voorraad(groepen);
        groepen.forEach(groep -> voorraad.verleen(groep, Resources.FILTER, filterId, READ));
    }

    private static Predicate<String> rollen(String... voorvoegsels) {
        return groep -> List.of(voorvoegsels).stream().anyMatch(groep::startsWith);
    }

    private static Map<String, String> kolom(String naam, String label) {
        return Map.of("name", naam, "label", label);
    }
}
