package nl.nazorg.demo;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Moves the engine's clock forward and runs, in order of their due moment, the jobs that fall due on the way:
 * async steps at once, timers (deadlines, trajectgesprek, handover) when their moment passes. Simulated cases
 * thereby take the same paths and record the same moments as real ones. A job that fails gets no retries, so it
 * shows as an incident in Cockpit instead of stopping the simulation.
 */
@Component
@Profile("demo")
public class SimulatieKlok {

    private static final int MAX_JOBS_PER_STAP = 10_000;

    private final ManagementService management;

    public SimulatieKlok(ManagementService management) {
        this.management = management;
    }

    public void zet(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    public Instant nu() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Runs everything due up to {@code moment}, then leaves the clock at {@code moment}. */
    public void tot(Instant moment) {
        for (int stap = 0; stap < MAX_JOBS_PER_STAP; stap++) {
            voerUitWatNuKlaarstaat();
            Job timer = eerstvolgendeTimer(moment);
            if (timer == null) {
                break;
            }
            if (timer.getDuedate().toInstant().isAfter(nu())) {
                zet(timer.getDuedate().toInstant());
            }
            voerUit(timer);
        }
        if (moment.isAfter(nu())) {
            zet(moment);
        }
        voerUitWatNuKlaarstaat();
    }

    public void terugNaarEchteTijd() {
        ClockUtil.reset();
    }

    private void voerUitWatNuKlaarstaat() {
        for (int stap = 0; stap < MAX_JOBS_PER_STAP; stap++) {
            List<Job> jobs = management.createJobQuery().executable().listPage(0, 50);
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(this::voerUit);
        }
    }

    private Job eerstvolgendeTimer(Instant moment) {
        List<Job> timers = management.createJobQuery().timers().withRetriesLeft()
                .duedateLowerThan(Date.from(moment.plusMillis(1))).orderByJobDuedate().asc().listPage(0, 1);
        return timers.isEmpty() ? null : timers.get(0);
    }

    private void voerUit(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException e) {
            if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                management.setJobRetries(job.getId(), 0);
            }
        }
    }
}
