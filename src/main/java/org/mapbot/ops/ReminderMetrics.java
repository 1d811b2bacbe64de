package org.mapbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.mapbot.reminder.ReminderOutcomes;
import org.mapbot.reminder.domain.ReminderKind;

/** {@code mapbot_reminders_total{kind, outcome}}: what the sweep did with each reminder it handled. */
public final class ReminderMetrics implements ReminderOutcomes {
    private final MeterRegistry registry;

    public ReminderMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Every pair exists from the start, so a rate over a quiet hour is 0, not absent.
        for (ReminderKind kind : ReminderKind.values()) {
            for (Outcome outcome : Outcome.values()) {
                counter(kind, outcome);
            }
        }
    }

    @Override
    public void counted(ReminderKind kind, Outcome outcome) {
        counter(kind, outcome).increment();
    }

    private Counter counter(ReminderKind kind, Outcome outcome) {
        return Counter.builder("mapbot.reminders")
                .description("Reminders handled by the sweep, by kind and outcome")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }
}
