package org.mapbot.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every minute, on one instance of the cluster at a time: send the reminders that are due. */
@DisallowConcurrentExecution
public final class ReminderSweepJob implements Job {
    private final ReminderSweeper sweeper;

    public ReminderSweepJob(ReminderSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Override
    public void execute(JobExecutionContext context) {
        sweeper.sweep();
    }
}
