package org.mapbot.reminder;

import org.mapbot.reminder.domain.ReminderKind;

/** Told what became of each reminder a sweep handled, for the operators' counters; the sweep never waits on it. */
@FunctionalInterface
public interface ReminderOutcomes {
    ReminderOutcomes NONE = (kind, outcome) -> { };

    enum Outcome { SENT, SKIPPED, DEFERRED, RETRIED, FAILED }

    void counted(ReminderKind kind, Outcome outcome);
}
