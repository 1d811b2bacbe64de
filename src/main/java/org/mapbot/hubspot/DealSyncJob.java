package org.mapbot.hubspot;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Writes the due deal updates, on one instance of the cluster at a time: woken after each change to a linked plan,
 * and on a schedule for the retries HubSpot asked for and for whatever a stopped instance left due.
 */
@DisallowConcurrentExecution
public final class DealSyncJob implements Job {
    private final Runnable sendDue;

    DealSyncJob(Runnable sendDue) {
        this.sendDue = sendDue;
    }

    @Override
    public void execute(JobExecutionContext context) {
        sendDue.run();
    }
}
