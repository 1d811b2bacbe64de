package org.mapbot.ops;

import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.REMINDER;
import static org.mapbot.db.generated.Tables.STEP;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mapbot.pipeline.PlanConsumer;

/**
 * The state of the work, read when scraped: active plans, their open steps, the age of the oldest reminder that is
 * due and not sent (the one number to alert on when reminders are stuck), the after-commit pipeline's queue, and how
 * long a change took to reach the card in the channel.
 */
public final class WorkMetrics {
    private final MeterRegistry registry;
    private final DSLContext dsl;
    private final Clock clock;

    public WorkMetrics(MeterRegistry registry, DSLContext dsl, Clock clock) {
        this.registry = registry;
        this.dsl = dsl;
        this.clock = clock;
        gauge("mapbot.plans.active", "Plans in progress", () -> dsl.fetchCount(PLAN, PLAN.STATUS.eq("active")));
        gauge("mapbot.steps.open", "Open steps (not done or cancelled) of plans in progress",
                () -> dsl.fetchCount(STEP.join(PLAN).on(PLAN.ID.eq(STEP.PLAN_ID)),
                        PLAN.STATUS.eq("active").and(STEP.STATUS.notIn("done", "cancelled"))));
        Gauge.builder("mapbot.reminders.oldest.due.age", this::oldestDueReminderSeconds)
                .description("How long the oldest reminder due to go out now has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    /** {@code mapbot_pipeline_queued_plans}: plans waiting for (or in) a card run or the Home and reminder run after it. */
    public void pipelineQueue(IntSupplier queued) {
        Gauge.builder("mapbot.pipeline.queued.plans", queued::getAsInt)
                .description("Plans waiting for or in an after-commit run")
                .register(registry);
    }

    /** The card consumer, timed: {@code mapbot_card_lag_seconds} from the plan's last change to its card being sent. */
    public PlanConsumer timedCard(PlanConsumer cards) {
        Timer lag = Timer.builder("mapbot.card.lag")
                .description("From a committed change (a click, a command) to the card updated in Slack")
                .register(registry);
        return snapshot -> {
            cards.publish(snapshot);
            Duration since = Duration.between(snapshot.plan().updatedAt(), clock.instant());
            lag.record(since.isNegative() ? Duration.ZERO : since);
        };
    }

    private double oldestDueReminderSeconds() {
        OffsetDateTime now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        OffsetDateTime oldest = dsl.select(DSL.min(REMINDER.NEXT_ATTEMPT_AT)).from(REMINDER)
                .where(REMINDER.STATE.eq("pending")).and(REMINDER.NEXT_ATTEMPT_AT.le(now))
                .fetchOne(0, OffsetDateTime.class);
        return oldest == null ? 0 : Duration.between(oldest, now).toMillis() / 1000.0;
    }

    private void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, () -> {
                    try {
                        return value.get();
                    } catch (RuntimeException e) {
                        return Double.NaN; // the database is away: readiness says so, the gauge shows no number
                    }
                })
                .description(description)
                .register(registry);
    }
}
