package org.mapbot.pipeline;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every few seconds, on one instance of the cluster at a time: publish what failed before or was left by a stopped instance. */
@DisallowConcurrentExecution
public final class CatchUpJob implements Job {
    private final ChangePipeline pipeline;

    public CatchUpJob(ChangePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void execute(JobExecutionContext context) {
        pipeline.catchUp();
    }
}
