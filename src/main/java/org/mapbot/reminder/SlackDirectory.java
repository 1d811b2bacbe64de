package org.mapbot.reminder;

import static org.mapbot.db.generated.Tables.SLACK_CHANNEL;
import static org.mapbot.db.generated.Tables.SLACK_USER;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reminders need to know about Slack users and channels (time zone, muted, shared with another organisation),
 * cached in {@code slack_user} and {@code slack_channel} so planning needs no API call.
 */
public final class SlackDirectory {
    private static final Logger log = LoggerFactory.getLogger(SlackDirectory.class);
    static final Duration USER_CACHE = Duration.ofDays(7);
    static final Duration CHANNEL_CACHE = Duration.ofDays(1);

    private final DSLContext dsl;
    private final Supplier<MethodsClient> slack;
    private final Clock clock;

    public SlackDirectory(DSLContext dsl, Supplier<MethodsClient> slack, Clock clock) {
        this.dsl = dsl;
        this.slack = slack;
        this.clock = clock;
    }

    /** Cached users: their zone when Slack told us one. Users missing from the map are unknown or stale. */
    public Cached zones(Collection<String> userIds) {
        Map<String, Optional<ZoneId>> zones = new HashMap<>();
        Set<String> stale = new HashSet<>(userIds);
        if (userIds.isEmpty()) {
            return new Cached(zones, stale);
        }
        Instant freshAfter = clock.instant().minus(USER_CACHE);
        dsl.select(SLACK_USER.USER_ID, SLACK_USER.TIME_ZONE, SLACK_USER.FETCHED_AT).from(SLACK_USER)
                .where(SLACK_USER.USER_ID.in(userIds))
                .forEach(r -> {
                    zones.put(r.value1(), zone(r.value2()));
                    if (r.value3().toInstant().isAfter(freshAfter)) {
                        stale.remove(r.value1());
                    }
                });
        return new Cached(zones, stale);
    }

    /** Asks Slack for the user's time zone and caches it; false when Slack could not tell. */
    public boolean refreshUser(String userId) {
        try {
            UsersInfoResponse info = slack.get().usersInfo(r -> r.user(userId));
            if (!info.isOk() || info.getUser() == null) {
                log.info("users.info for {} answered {}", userId, info.getError());
                return false;
            }
            String tz = info.getUser().getTz();
            String name = info.getUser().getProfile() == null ? null : info.getUser().getProfile().getDisplayName();
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            dsl.insertInto(SLACK_USER)
                    .set(SLACK_USER.USER_ID, userId)
                    .set(SLACK_USER.TEAM_ID, info.getUser().getTeamId())
                    .set(SLACK_USER.TIME_ZONE, tz)
                    .set(SLACK_USER.DISPLAY_NAME, name)
                    .set(SLACK_USER.FETCHED_AT, now)
                    .onConflict(SLACK_USER.USER_ID).doUpdate()
                    .set(SLACK_USER.TEAM_ID, info.getUser().getTeamId())
                    .set(SLACK_USER.TIME_ZONE, tz)
                    .set(SLACK_USER.DISPLAY_NAME, name)
                    .set(SLACK_USER.FETCHED_AT, now)
                    .execute();
            return true;
        } catch (IOException | SlackApiException e) {
            log.warn("users.info for {} failed: {}", userId, e.getMessage());
            return false;
        }
    }

    public boolean isMuted(String userId) {
        Boolean muted = dsl.select(SLACK_USER.DM_MUTED).from(SLACK_USER).where(SLACK_USER.USER_ID.eq(userId)).fetchOne(SLACK_USER.DM_MUTED);
        return muted != null && muted;
    }

    /** Mutes or unmutes a user's reminder DMs; a user not cached yet is stored as stale so their zone is still fetched. */
    public void setMuted(String userId, boolean muted) {
        dsl.insertInto(SLACK_USER)
                .set(SLACK_USER.USER_ID, userId)
                .set(SLACK_USER.DM_MUTED, muted)
                .set(SLACK_USER.FETCHED_AT, Instant.EPOCH.atOffset(ZoneOffset.UTC))
                .onConflict(SLACK_USER.USER_ID).doUpdate()
                .set(SLACK_USER.DM_MUTED, muted)
                .execute();
    }

    /**
     * Whether a channel is shared with another organisation. When Slack cannot say, the answer is yes:
     * internal steps are then kept out, which is the safe mistake.
     */
    public boolean isExtShared(String channelId) {
        Instant freshAfter = clock.instant().minus(CHANNEL_CACHE);
        var cached = dsl.selectFrom(SLACK_CHANNEL).where(SLACK_CHANNEL.CHANNEL_ID.eq(channelId)).fetchOne();
        if (cached != null && cached.getFetchedAt().toInstant().isAfter(freshAfter)) {
            return cached.getIsExtShared();
        }
        try {
            ConversationsInfoResponse info = slack.get().conversationsInfo(r -> r.channel(channelId));
            if (!info.isOk() || info.getChannel() == null) {
                return cached == null || cached.getIsExtShared();
            }
            boolean shared = info.getChannel().isExtShared();
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            dsl.insertInto(SLACK_CHANNEL).set(SLACK_CHANNEL.CHANNEL_ID, channelId).set(SLACK_CHANNEL.IS_EXT_SHARED, shared)
                    .set(SLACK_CHANNEL.FETCHED_AT, now)
                    .onConflict(SLACK_CHANNEL.CHANNEL_ID).doUpdate()
                    .set(SLACK_CHANNEL.IS_EXT_SHARED, shared).set(SLACK_CHANNEL.FETCHED_AT, now)
                    .execute();
            return shared;
        } catch (IOException | SlackApiException e) {
            return cached == null || cached.getIsExtShared();
        }
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
