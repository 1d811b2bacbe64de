package org.mapbot.sandbox;

import java.time.Instant;

/** One call the bot made to the Slack Web API stand-in; unexpected calls are the ones a developer should look at. */
public record ApiCall(long seq, Instant at, String method, String summary, boolean ok, String error) {

    public boolean unexpected() {
        return !ok;
    }
}
