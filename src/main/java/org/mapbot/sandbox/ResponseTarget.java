package org.mapbot.sandbox;

/**
 * Where a {@code response_url} answer lands: the person and channel it came from, and the message it may replace
 * (a channel message by ts, or an ephemeral by id; both null for slash commands).
 */
public record ResponseTarget(String personId, String channel, String messageTs, String ephemeralId) {
}
