package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapbot.time.AdjustableClock;

class ClockControlTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-11-30T10:00:00Z, 2026-12-07T08:00:00Z",   // Monday 11:00 in Berlin: the Monday after
            "2026-11-30T07:59:00Z, 2026-11-30T08:00:00Z",   // Monday 08:59 in Berlin: the same morning
            "2026-11-30T08:00:00Z, 2026-12-07T08:00:00Z",   // exactly Monday 09:00: strictly later
            "2026-12-05T23:30:00Z, 2026-12-07T08:00:00Z",   // Sunday 00:30 in Berlin
            "2027-03-24T12:00:00Z, 2027-03-29T07:00:00Z",   // across the switch to summer time
    })
    void next_monday_nine_is_the_first_monday_09_00_in_berlin_after_now(String now, String expected) {
        assertThat(ClockControl.nextMondayNine(Instant.parse(now), BERLIN)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void every_move_runs_the_reminder_sweep_once_after_the_clock_moved() {
        AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-30T10:00:00Z"), BERLIN);
        AtomicInteger sweeps = new AtomicInteger();
        Instant[] seenBySweep = new Instant[1];
        ClockControl control = new ClockControl(clock, () -> {
            sweeps.incrementAndGet();
            seenBySweep[0] = clock.instant();
        });

        control.move(ClockControl.Move.HOUR);

        assertThat(sweeps).hasValue(1);
        assertThat(seenBySweep[0]).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
    }

    @Test
    void a_failing_sweep_does_not_undo_the_move() {
        AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-30T10:00:00Z"), BERLIN);
        ClockControl control = new ClockControl(clock, () -> {
            throw new IllegalStateException("database down");
        });

        assertThat(control.move(ClockControl.Move.DAY)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }
}
