package org.mapbot.sandbox;

import java.time.Instant;

/** One signed request the sandbox sent to the app's {@code /slack/events}, and the app's HTTP status. */
public record AppRequest(long seq, Instant at, String kind, String summary, int status) {
}
