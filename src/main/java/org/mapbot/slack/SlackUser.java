package org.mapbot.slack;

import java.time.ZoneId;

/**
 * What we keep of a Slack user: which organisation they belong to (workspace, and Enterprise Grid org when there is
 * one), their name and time zone (any of which may be unknown).
 */
public record SlackUser(String userId, String teamId, String enterpriseId, String displayName, ZoneId timeZone) {
}
