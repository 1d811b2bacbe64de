package org.mapbot.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/** {@code mapbot_scheduler_job_runs_seconds{job, outcome}}: each run of a Quartz job on this instance, ok or failed. */
public final class JobMetrics extends JobListenerSupport {
    private final MeterRegistry registry;

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String getName() {
        return "mapbot-job-metrics";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        Timer.builder("mapbot.scheduler.job.runs")
                .description("Runs of the clustered jobs on this instance, by job and outcome")
                .tag("job", context.getJobDetail().getKey().getName())
                .tag("outcome", failure == null ? "ok" : "failed")
                .register(registry)
                .record(context.getJobRunTime(), TimeUnit.MILLISECONDS);
    }
}
