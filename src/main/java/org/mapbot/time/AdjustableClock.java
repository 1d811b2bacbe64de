package org.mapbot.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to: the sandbox's time control and the tests' way to let days pass.
 * Never used with real Slack credentials.
 */
public final class AdjustableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public AdjustableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private AdjustableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(now, zone); // same time source, other zone
    }
}
