package nl.nazorg.zelfmelder;

import java.time.LocalDate;

import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.ZonderAutorisatiecontrole;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The OM/CJIB decision on uitstel. When granted, the oproepdatum moves and the "not reported" timer moves with it,
 * so the gemeente is only asked to follow up after the new date.
 */
@Component("uitstelBesluitListener")
public class UitstelBesluitListener implements ExecutionListener {

    static final String TIMER_NIET_GEMELD = "Event_NietGemeld";

    private final ZelfmelderRepository zelfmelders;
    private final ZelfmelderTermijnen termijnen;
    private final ApplicationEventPublisher gebeurtenissen;

    public UitstelBesluitListener(ZelfmelderRepository zelfmelders, ZelfmelderTermijnen termijnen,
                                  ApplicationEventPublisher gebeurtenissen) {
        this.zelfmelders = zelfmelders;
        this.gebeurtenissen = gebeurtenissen;
        this.termijnen = termijnen;
    }

    @Override
    public void notify(DelegateExecution execution) {
        boolean toegekend = ProcesVariabelen.waar(execution, ZelfmelderVariabelen.TOEGEKEND);
        execution.setVariable(ZelfmelderVariabelen.UITSTEL_TOEGEKEND, toegekend);
        if (!toegekend) {
            return;
        }
        LocalDate nieuw = ProcesVariabelen.datum(execution, ZelfmelderVariabelen.NIEUWE_OPROEPDATUM);
        if (nieuw == null) {
            throw new OngeldigeProcesinvoerException("Veld 'nieuweOproepdatum' ontbreekt bij toegekend uitstel");
        }
        execution.setVariable(ZelfmelderVariabelen.OPROEPDATUM, nieuw.toString());
        String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
        zelfmelders.wijzigOproepdatum(zelfmelderId, nieuw);
        gebeurtenissen.publishEvent(new Zelfmeldergebeurtenissen.UitstelToegekend(zelfmelderId, nieuw));
        ZonderAutorisatiecontrole.uitvoeren(() -> verzetTimer(execution, nieuw));
    }

    private void verzetTimer(DelegateExecution execution, LocalDate oproepdatum) {
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(TIMER_NIET_GEMELD).timers().list()) {
            management.setJobDuedate(timer.getId(), DateTimeUtil.parseDate(termijnen.nietGemeld(oproepdatum.toString())));
        }
    }
}
