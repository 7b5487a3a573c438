package nl.nazorg.plan;

import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.identity.ZonderAutorisatiecontrole;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Component;

/**
 * Memo 4b: the one way into a revision of the adopted D&R-plan, for both who ask: a trajectgesprek of the case and the
 * casemanager through "D&R-plan tussentijds herzien". The message {@value #BERICHT} starts the event sub-process
 * "D&R-plan herzien", which exists only in step 4 (the plan adopted and shared). One revision at a time: while one is
 * being drafted or with the MDO, a second is refused with the reason, so two drafts of the goals cannot overwrite each
 * other; once a revision is recorded its new actions run and a new revision may start. The case row is locked first,
 * so two requests at once are handled one after the other.
 */
@Component
public class Herzieningsverzoeken {

    public static final String BERICHT = "PlanHerziening";
    public static final String REDEN = "redenHerziening";
    private static final String[] IN_VOORBEREIDING = {"Task_PlanHerzien", "Task_HerzienPlanVaststellen"};

    private final CasusRepository casussen;

    public Herzieningsverzoeken(CasusRepository casussen) {
        this.casussen = casussen;
    }

    /**
     * Starts the revision in the case, or refuses with a Dutch message on {@code veld}, the field through which it was
     * asked; then nothing changes. The process starts the revision on behalf of whoever asked, who may read the case
     * but not correlate messages into it.
     */
    public void vraag(ProcessEngineServices engine, String detentieId, String processInstanceId, String reden, String veld) {
        casussen.vergrendel(detentieId);
        ZonderAutorisatiecontrole.uitvoeren(() -> {
            if (engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKeyIn(IN_VOORBEREIDING).count() > 0) {
                throw new OngeldigeProcesinvoerException("Veld '" + veld + "': er loopt al een herziening van dit "
                        + "D&R-plan die nog niet is vastgesteld (taak 'D&R-plan herzien' of de vaststelling door het MDO); "
                        + "neem de wijziging daarin mee, of vraag een nieuwe herziening als die is vastgelegd");
            }
            MessageCorrelationBuilder bericht = engine.getRuntimeService().createMessageCorrelation(BERICHT)
                    .processInstanceId(processInstanceId);
            if (reden != null) {
                bericht.setVariableToTriggeredScope(REDEN, reden);
            }
            try {
                bericht.correlateWithResult();
            } catch (MismatchingMessageCorrelationException nietInStap4) {
                throw new OngeldigeProcesinvoerException("Veld '" + veld + "': de casus is niet in stap 4 (uitvoering "
                        + "van het vastgestelde D&R-plan); alleen een vastgesteld plan kan worden herzien");
            }
        });
    }
}
