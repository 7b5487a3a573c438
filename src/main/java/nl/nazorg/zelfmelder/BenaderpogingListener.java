package nl.nazorg.zelfmelder;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Counts the gemeente's attempts to reach a zelfmelder who did not react ("Zelfmelder actief benaderen"). */
@Component("benaderpogingListener")
public class BenaderpogingListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object eerder = task.getExecution().getVariable(ZelfmelderVariabelen.BENADERPOGINGEN);
        int pogingen = eerder instanceof Number aantal ? aantal.intValue() : 0;
        task.getExecution().getProcessInstance().setVariable(ZelfmelderVariabelen.BENADERPOGINGEN, pogingen + 1);
    }
}
