package org.mapbot.reminder;

import static org.mapbot.db.generated.Tables.SLACK_USER;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackUsers;

/**
 * What reminders need to know about Slack users and channels (time zone, muted, shared with another organisation),
 * cached in {@code slack_user} and {@code slack_channel} so planning needs no API call.
 */
public final class SlackDirectory {

    private final DSLContext dsl;
    private final SlackUsers users;
    private final SharedChannels channels;
    private final Clock clock;

    public SlackDirectory(DSLContext dsl, SlackUsers users, SharedChannels channels, Clock clock) {
        this.dsl = dsl;
        this.users = users;
        this.channels = channels;
        this.clock = clock;
    }

    /** Cached users of the plan's installation: their zone when Slack told us one. Users missing from the map are unknown or stale. */
    public Cached zones(Plan plan, Collection<String> userIds) {
        Map<String, Optional<ZoneId>> zones = new HashMap<>();
        Set<String> stale = new HashSet<>(userIds);
        if (userIds.isEmpty()) {
            return new Cached(zones, stale);
        }
        Instant freshAfter = clock.instant().minus(SlackUsers.FRESH_FOR);
        dsl.select(SLACK_USER.USER_ID, SLACK_USER.TIME_ZONE, SLACK_USER.FETCHED_AT).from(SLACK_USER)
                .where(SLACK_USER.DIRECTORY_KEY.eq(Installation.of(plan).directoryKey())).and(SLACK_USER.USER_ID.in(userIds))
                .forEach(r -> {
                    zones.put(r.value1(), zone(r.value2()));
                    if (r.value3().toInstant().isAfter(freshAfter)) {
                        stale.remove(r.value1());
                    }
                });
        return new Cached(zones, stale);
    }

    /** Asks Slack for the user's time zone and caches it; false when Slack could not tell. */
    public boolean refreshUser(Plan plan, String userId) {
        return users.refresh(Installation.of(plan), userId);
    }

    /** The organisation Slack last told the plan's installation the user belongs to, if it did. */
    public Optional<String> teamOf(Plan plan, String userId) {
        return Optional.ofNullable(dsl.select(SLACK_USER.TEAM_ID).from(SLACK_USER)
                .where(SLACK_USER.DIRECTORY_KEY.eq(Installation.of(plan).directoryKey())).and(SLACK_USER.USER_ID.eq(userId))
                .fetchOne(SLACK_USER.TEAM_ID)).filter(team -> !team.isBlank());
    }

    /**
     * Of these users, the ones who muted reminder DMs, as {@link #mutedKey} of their installation's directory and
     * their id (a mute in one workspace never silences someone with the same id in another): one statement for a
     * whole batch of reminders.
     */
    public Set<String> mutedAmong(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(SLACK_USER.DIRECTORY_KEY, SLACK_USER.USER_ID).from(SLACK_USER)
                .where(SLACK_USER.USER_ID.in(userIds).and(SLACK_USER.DM_MUTED.isTrue()))
                .fetch(r -> r.value1() + "/" + r.value2()));
    }

    /** How {@link #mutedAmong} names a muted user of the plan's installation. */
    public static String mutedKey(Plan plan, String userId) {
        return Installation.of(plan).directoryKey() + "/" + userId;
    }

    /** Mutes or unmutes a user's reminder DMs; a user not cached yet is stored as stale so their zone is still fetched. */
    public void setMuted(Installation installation, String userId, boolean muted) {
        dsl.insertInto(SLACK_USER)
                .set(SLACK_USER.DIRECTORY_KEY, installation.directoryKey())
                .set(SLACK_USER.USER_ID, userId)
                .set(SLACK_USER.DM_MUTED, muted)
                .set(SLACK_USER.FETCHED_AT, Instant.EPOCH.atOffset(ZoneOffset.UTC))
                .onConflict(SLACK_USER.DIRECTORY_KEY, SLACK_USER.USER_ID).doUpdate()
                .set(SLACK_USER.DM_MUTED, muted)
                .execute();
    }

    /** Whether a channel is shared with another organisation; when Slack cannot say, yes (the safe mistake). */
    public boolean isExtShared(Plan plan) {
        return channels.isExternallyShared(plan);
    }

    private static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Cached zones, and which users should be looked up again. */
    public record Cached(Map<String, Optional<ZoneId>> zones, Set<String> stale) {
        public ZoneId zoneOr(String userId, ZoneId fallback) {
            return zones.getOrDefault(userId, Optional.empty()).orElse(fallback);
        }
    }
}
