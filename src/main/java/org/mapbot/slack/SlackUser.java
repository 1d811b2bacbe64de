package org.mapbot.slack;

import java.time.ZoneId;

/** What we keep of a Slack user: which organisation they belong to, their name and time zone (may be unknown). */
public record SlackUser(String userId, String teamId, String displayName, ZoneId timeZone) {
}
