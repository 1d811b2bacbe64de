package org.mapbot.hubspot;

import java.time.Duration;
import java.util.Optional;

/**
 * HubSpot did not do what was asked: its HTTP status (0 when it did not answer), its own message, and for a 429 the
 * wait it asked for. Never carries the token.
 */
public final class HubSpotFailure extends Exception {
    private final int status;
    private final Optional<Duration> retryAfter;

    public HubSpotFailure(int status, String message, Optional<Duration> retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** The token is wrong, revoked, or lacks a scope: only the admin can mend it. */
    public boolean tokenRefused() {
        return status == 401 || status == 403;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** Worth trying again later: a rate limit, HubSpot's own trouble, or no answer at all. */
    public boolean passing() {
        return status == 0 || status == 429 || status >= 500;
    }
}
