package org.mapbot.api;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per API token: {@code burst} requests at once, refilled at {@code perMinute} a minute. Kept in each
 * instance's memory, so with two instances a token gets up to twice the rate; the limit protects the instance, and
 * Slack's own limits (which the app keeps to) stay the real ceiling.
 */
final class RateLimit {
    private final int burst;
    private final double perMilli;
    private final Clock clock;
    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimit(int burst, int perMinute, Clock clock) {
        this.burst = burst;
        this.perMilli = perMinute / 60_000.0;
        this.clock = clock;
    }

    /** Empty when the request may go ahead; otherwise the seconds to wait (for {@code Retry-After}). */
    OptionalLong take(long tokenId) {
        long now = clock.millis();
        Bucket bucket = buckets.compute(tokenId, (id, b) -> (b == null ? new Bucket(burst, now) : b).refilled(now, burst, perMilli).taken());
        if (bucket.allowed) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perMilli / 1000)));
    }

    private record Bucket(double tokens, long at, boolean allowed) {
        Bucket(double tokens, long at) {
            this(tokens, at, true);
        }

        Bucket refilled(long now, int burst, double perMilli) {
            return new Bucket(Math.min(burst, tokens + Math.max(0, now - at) * perMilli), Math.max(at, now), allowed);
        }

        Bucket taken() {
            return tokens >= 1 ? new Bucket(tokens - 1, at, true) : new Bucket(tokens, at, false);
        }
    }
}
