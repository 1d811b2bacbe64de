package org.mapbot.webhook;

import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * On one instance of the cluster at a time: sends every delivery that is due — retries whose time came, and what the
 * pipeline did not send (an instance stopped between commit and send, or its sender pool was full).
 */
@DisallowConcurrentExecution
public final class WebhookJob implements Job {
    private final WebhookDispatch dispatch;

    public WebhookJob(WebhookDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatch.sendDue(Optional.empty());
    }
}
