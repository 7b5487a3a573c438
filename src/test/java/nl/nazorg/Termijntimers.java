package nl.nazorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The timers of the sub-process Termijnbewaking, one instance per termijn, found by the instance's termijn. */
public final class Termijntimers {

    public static final String WAARSCHUWING = "Event_TermijnNadert";
    public static final String DEADLINE = "Event_DeadlineVerstreken";

    private final RuntimeService runtime;
    private final ManagementService management;

    public Termijntimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The waiting timer of one termijn at the given event. */
    public Job timer(ProcessInstance pi, String event, String termijn) {
        List<Job> timers = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(event).list()
                .stream().filter(job -> termijn.equals(runtime.getVariable(job.getExecutionId(), "termijn"))).toList();
        assertThat(timers).as("timer %s of termijn %s", event, termijn).hasSize(1);
        return timers.get(0);
    }

    public boolean wachtOp(ProcessInstance pi, String event, String termijn) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(event).list().stream()
                .anyMatch(job -> termijn.equals(runtime.getVariable(job.getExecutionId(), "termijn")));
    }

    /** Moves the clock to the timer's moment (never back) and fires it. */
    public void laatAfgaan(ProcessInstance pi, String event, String termijn) {
        Job job = timer(pi, event, termijn);
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(job.getDuedate());
        }
        management.executeJob(job.getId());
    }

    /** The warning moment and then the deadline of one termijn pass. */
    public void laatVerstrijken(ProcessInstance pi, String termijn) {
        laatAfgaan(pi, WAARSCHUWING, termijn);
        laatAfgaan(pi, DEADLINE, termijn);
    }

    /** Lets time run on to the moment, firing each timer of the case at its own moment, as the job executor would. */
    public void tot(ProcessInstance pi, Date moment) {
        List<Job> volgende;
        while (!(volgende = management.createJobQuery().processInstanceId(pi.getId()).timers()
                .duedateLowerThan(new Date(moment.getTime() + 1)).orderByJobDuedate().asc().listPage(0, 1)).isEmpty()) {
            Job job = volgende.get(0);
            if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
                ClockUtil.setCurrentTime(job.getDuedate());
            }
            management.executeJob(job.getId());
        }
        ClockUtil.setCurrentTime(moment);
    }
}
