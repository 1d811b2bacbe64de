package org.mapbot.sandbox;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.mapbot.time.AdjustableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves the sandbox's (and so the app's) time forward, then lets the reminder sweep see what became due. */
final class ClockControl {
    private static final Logger log = LoggerFactory.getLogger(ClockControl.class);

    private final AdjustableClock clock;
    private final Runnable reminderSweep;

    ClockControl(AdjustableClock clock, Runnable reminderSweep) {
        this.clock = clock;
        this.reminderSweep = reminderSweep;
    }

    enum Move { HOUR, DAY, WEEK, MONDAY }

    Instant move(Move move) {
        Instant now = clock.instant();
        switch (move) {
            case HOUR -> clock.advance(Duration.ofHours(1));
            case DAY -> clock.advance(Duration.ofDays(1));
            case WEEK -> clock.advance(Duration.ofDays(7));
            case MONDAY -> clock.set(nextMondayNine(now, SandboxCast.ZONE));
        }
        try {
            reminderSweep.run();
        } catch (RuntimeException e) {
            // The page shows the new time either way; the log says why reminders did not go out.
            log.error("The reminder sweep failed after moving the sandbox clock", e);
        }
        return clock.instant();
    }

    /** The first Monday 09:00 in {@code zone} strictly after {@code now}. */
    static Instant nextMondayNine(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).with(LocalTime.of(9, 0));
        if (!candidate.isAfter(local)) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate.toInstant();
    }
}
