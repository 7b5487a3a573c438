package nl.nazorg.zelfmelder;

import java.time.LocalDate;
import java.util.List;

import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.ZonderAutorisatiecontrole;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The OM/CJIB decision on uitstel, recorded when the message arrives (also before the process waits for it; the
 * wait is a conditional event on uitstelBesluitOp). When granted, the oproepdatum moves and the timers that run
 * toward it move with it, so the gemeente is only asked to follow up after the new date.
 */
@Component("uitstelBesluitListener")
public class UitstelBesluitListener implements ExecutionListener {

    static final String TIMER_NIET_GEMELD = "Event_NietGemeld";
    static final String TIMER_OPROEPDATUM = "Event_Oproepdatum";

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
        DelegateExecution casus = execution.getProcessInstance();
        boolean toegekend = ProcesVariabelen.waar(execution, ZelfmelderVariabelen.TOEGEKEND);
        casus.setVariable(ZelfmelderVariabelen.UITSTEL_TOEGEKEND, toegekend);
        if (toegekend) {
            LocalDate nieuw = ProcesVariabelen.datum(execution, ZelfmelderVariabelen.NIEUWE_OPROEPDATUM);
            if (nieuw == null) {
                throw new OngeldigeProcesinvoerException("Veld 'nieuweOproepdatum' ontbreekt bij toegekend uitstel");
            }
            casus.setVariable(ZelfmelderVariabelen.OPROEPDATUM, nieuw.toString());
            String zelfmelderId = ProcesVariabelen.verplichteTekst(execution, ZelfmelderVariabelen.ZELFMELDER_ID);
            zelfmelders.wijzigOproepdatum(zelfmelderId, nieuw);
            gebeurtenissen.publishEvent(new Zelfmeldergebeurtenissen.UitstelToegekend(zelfmelderId, nieuw));
            ZonderAutorisatiecontrole.uitvoeren(() -> verzetTimers(execution, nieuw));
        }
        casus.setVariable(ZelfmelderVariabelen.UITSTEL_BESLUIT_OP, Termijnen.nu());
    }

    private void verzetTimers(DelegateExecution execution, LocalDate oproepdatum) {
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        for (String timer : List.of(TIMER_NIET_GEMELD, TIMER_OPROEPDATUM)) {
            String moment = TIMER_NIET_GEMELD.equals(timer) ? termijnen.nietGemeld(oproepdatum.toString())
                    : termijnen.oproepdatumBegin(oproepdatum.toString());
            for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                    .activityId(timer).timers().list()) {
                management.setJobDuedate(job.getId(), DateTimeUtil.parseDate(moment));
            }
        }
    }
}
