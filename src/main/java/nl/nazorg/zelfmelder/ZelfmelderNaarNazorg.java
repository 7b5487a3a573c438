package nl.nazorg.zelfmelder;

import static nl.nazorg.casus.NazorgVariabelen.BSN;

import java.util.List;

import nl.nazorg.melding.ZelfmelderKoppeling;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The zelfmelder reported in the PI: within the transaction of the eerstedagsmelding, the zelfmelder case ends as
 * "Zelfmelder gemeld" and its plan of approach goes with the new nazorg case. Runs once per nazorg case; the bsn
 * is only used inside the engine's query, never in a message or log.
 */
@Component
public class ZelfmelderNaarNazorg implements ZelfmelderKoppeling {

    private final ZelfmelderRepository zelfmelders;

    public ZelfmelderNaarNazorg(ZelfmelderRepository zelfmelders) {
        this.zelfmelders = zelfmelders;
    }

    @Override
    public boolean koppel(DelegateExecution nazorgCasus, String bsn, String detentieId) {
        RuntimeService runtime = nazorgCasus.getProcessEngineServices().getRuntimeService();
        List<ProcessInstance> open = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ZelfmelderVariabelen.PROCES)
                .variableValueEquals(BSN, bsn)
                .list();
        for (ProcessInstance zelfmelder : open) {
            String zelfmelderId = (String) runtime.getVariable(zelfmelder.getId(), ZelfmelderVariabelen.ZELFMELDER_ID);
            nazorgCasus.setVariable(ZelfmelderVariabelen.ZELFMELDER_ID, zelfmelderId);
            nazorgCasus.setVariable(ZelfmelderVariabelen.PLAN_VAN_AANPAK,
                    runtime.getVariable(zelfmelder.getId(), ZelfmelderVariabelen.PLAN_VAN_AANPAK));
            nazorgCasus.setVariable(ZelfmelderVariabelen.PLAN_VAN_AANPAK_OP,
                    runtime.getVariable(zelfmelder.getId(), ZelfmelderVariabelen.PLAN_VAN_AANPAK_OP));
            runtime.createMessageCorrelation(ZelfmelderVariabelen.BERICHT_GEMELD)
                    .processInstanceId(zelfmelder.getId())
                    .setVariable("detentieId", detentieId)
                    .correlate();
            zelfmelders.gemeld(zelfmelderId, detentieId);
        }
        return !open.isEmpty();
    }
}
