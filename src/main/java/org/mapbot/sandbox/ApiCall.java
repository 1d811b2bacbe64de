package org.mapbot.sandbox;

import java.time.Instant;

/**
 * One call the bot made to the Slack Web API stand-in; unexpected calls are the ones a developer should look at.
 *
 * @param refusal when Slack refused the call for breaking its documented limits: which limits, where, and their pages
 */
public record ApiCall(long seq, Instant at, String method, String summary, boolean ok, String error, String refusal) {

    public boolean unexpected() {
        return !ok;
    }

    public boolean refused() {
        return refusal != null;
    }
}
