package org.mapbot.slack;

import static org.mapbot.db.generated.Tables.SLACK_USER;

import com.slack.api.methods.response.users.UsersInfoResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Facts about Slack users (time zone, team, name) from {@code users.info}, cached in the database for a day. */
public final class SlackUsers {
    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);
    private static final Duration FRESH_FOR = Duration.ofHours(24);

    private final DSLContext dsl;
    private final SlackClients slack;
    private final Clock clock;

    public SlackUsers(DSLContext dsl, SlackClients slack, Clock clock) {
        this.dsl = dsl;
        this.slack = slack;
        this.clock = clock;
    }

    public record SlackUser(String userId, String teamId, Optional<ZoneId> timeZone, String displayName) {
    }

    public Optional<SlackUser> find(String userId) {
        var cached = dsl.selectFrom(SLACK_USER).where(SLACK_USER.USER_ID.eq(userId)).fetchOptional();
        if (cached.isPresent() && cached.get().getFetchedAt().toInstant().plus(FRESH_FOR).isAfter(clock.instant())) {
            var r = cached.get();
            return Optional.of(new SlackUser(r.getUserId(), r.getTeamId(), zone(r.getTimeZone()), r.getDisplayName()));
        }
        try {
            UsersInfoResponse info = slack.bot().usersInfo(r -> r.user(userId));
            if (!info.isOk() || info.getUser() == null) {
                log.info("users.info for {} failed: {}", userId, info.getError());
                return cached.map(r -> new SlackUser(r.getUserId(), r.getTeamId(), zone(r.getTimeZone()), r.getDisplayName()));
            }
            var user = info.getUser();
            String name = user.getProfile() != null && user.getProfile().getDisplayName() != null
                    && !user.getProfile().getDisplayName().isBlank() ? user.getProfile().getDisplayName()
                    : user.getRealName() != null ? user.getRealName() : user.getName();
            remember(userId, user.getTeamId(), user.getTz(), name);
            return Optional.of(new SlackUser(userId, user.getTeamId(), zone(user.getTz()), name));
        } catch (Exception e) {
            log.info("users.info for {} failed: {}", userId, e.getMessage());
            return Optional.empty();
        }
    }

    public ZoneId zoneOr(String userId, ZoneId fallback) {
        return find(userId).flatMap(SlackUser::timeZone).orElse(fallback);
    }

    private void remember(String userId, String teamId, String tz, String name) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        dsl.insertInto(SLACK_USER)
                .set(SLACK_USER.USER_ID, userId).set(SLACK_USER.TEAM_ID, teamId).set(SLACK_USER.TIME_ZONE, tz)
                .set(SLACK_USER.DISPLAY_NAME, name).set(SLACK_USER.FETCHED_AT, now)
                .onConflict(SLACK_USER.USER_ID).doUpdate()
                .set(SLACK_USER.TEAM_ID, teamId).set(SLACK_USER.TIME_ZONE, tz)
                .set(SLACK_USER.DISPLAY_NAME, name).set(SLACK_USER.FETCHED_AT, now)
                .execute();
    }

    private static Optional<ZoneId> zone(String tz) {
        try {
            return tz == null || tz.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(tz));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
