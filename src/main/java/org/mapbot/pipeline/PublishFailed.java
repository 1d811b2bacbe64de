package org.mapbot.pipeline;

import java.time.Duration;
import java.util.Optional;

/**
 * Slack did not take an update (rate limit, outage, timeout). The change is saved; the fold is retried with backoff,
 * not before {@code retryAfter} when Slack said so.
 */
public final class PublishFailed extends Exception {
    private final Duration retryAfter;

    public PublishFailed(String what, Duration retryAfter) {
        super(what);
        this.retryAfter = retryAfter;
    }

    public PublishFailed(String what) {
        this(what, null);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
