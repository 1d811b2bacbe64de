package org.mapbot.ops;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import okhttp3.Interceptor;
import org.mapbot.db.Database;
import org.mapbot.http.RouteContributor;
import org.mapbot.pipeline.ChangePipeline;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.reminder.ReminderOutcomes;
import org.mapbot.scheduler.Scheduler;

/**
 * What the people who run MAP Bot see of it: the metrics registry and its hooks into the app, and the routes
 * ({@code /metrics}, {@code /health/live}, {@code /health/ready}). Made once by the composition root.
 */
public final class Operations {
    private final Metrics metrics = new Metrics();
    private final Database database;
    private final WorkMetrics work;
    private final ReminderMetrics reminders;

    public Operations(Database database, Clock clock) {
        this.database = database;
        metrics.bindPool(database.dataSource());
        this.work = new WorkMetrics(metrics.registry(), database.dsl(), clock);
        this.reminders = new ReminderMetrics(metrics.registry());
    }

    public Interceptor slackCalls() {
        return new SlackCallMetrics(metrics.registry());
    }

    public PlanConsumer timedCard(PlanConsumer cards) {
        return work.timedCard(cards);
    }

    public ReminderOutcomes reminderOutcomes() {
        return reminders;
    }

    /** For a feature that counts its own outcomes. */
    public io.micrometer.core.instrument.MeterRegistry registry() {
        return metrics.registry();
    }

    public HttpMetrics httpRequests() {
        return new HttpMetrics(metrics.registry());
    }

    /** The pipeline's queue and the scheduler's job runs, once both exist; then the routes that show them. */
    public List<RouteContributor> routes(ChangePipeline pipeline, Scheduler scheduler, Optional<String> metricsToken) {
        work.pipelineQueue(pipeline::queued);
        scheduler.listen(new JobMetrics(metrics.registry()));
        return List.of(new RequestIds(), HealthProbes.of(database, scheduler), new MetricsRoutes(metrics, metricsToken));
    }
}
