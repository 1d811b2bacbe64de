package org.mapbot.slack;

import static org.mapbot.db.generated.Tables.SLACK_USER;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mapbot.plan.domain.Installation;
import org.jooq.DSLContext;
import org.mapbot.db.generated.tables.records.SlackUserRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack users as cached in {@code slack_user} (organisation, name, time zone), per installation's directory (the
 * same user id in two workspaces is two people): read from the cache in one query,
 * missing or day-old ones fetched with {@code users.info} and cached. A user Slack cannot tell us about is left out,
 * and callers show a neutral label or use the plan's time zone.
 */
public final class SlackUsers {
    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);
    /** Bounds the Slack calls one page view can cause. */
    static final int MAX_FETCHES_PER_CALL = 50;
    /** How long what Slack said about a user (organisation, name, time zone) is trusted: one rule for every reader. */
    public static final java.time.Duration FRESH_FOR = java.time.Duration.ofHours(24);

    private final DSLContext dsl;
    /** The bot of an installation: a user is asked about in the workspace that asks (its token sees its people). */
    private final Function<Installation, MethodsClient> slack;
    private final Clock clock;

    public SlackUsers(DSLContext dsl, Function<Installation, MethodsClient> slack, Clock clock) {
        this.dsl = dsl;
        this.slack = slack;
        this.clock = clock;
    }

    public Optional<SlackUser> find(Installation installation, String userId) {
        return Optional.ofNullable(find(installation, Set.of(userId)).get(userId));
    }

    public Map<String, SlackUser> find(Installation installation, Collection<String> userIds) {
        Set<String> wanted = new LinkedHashSet<>(userIds);
        wanted.remove(null);
        Map<String, SlackUser> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        Set<String> fresh = new java.util.HashSet<>();
        dsl.selectFrom(SLACK_USER).where(SLACK_USER.DIRECTORY_KEY.eq(installation.directoryKey()))
                .and(SLACK_USER.USER_ID.in(wanted)).fetch().forEach(r -> {
            found.put(r.getUserId(), toUser(r));
            if (r.getFetchedAt().toInstant().plus(FRESH_FOR).isAfter(clock.instant())) {
                fresh.add(r.getUserId());
            }
        });
        int fetches = 0;
        for (String userId : wanted) {
            if (fresh.contains(userId) && found.get(userId).displayName() != null) {
                continue;
            }
            if (fetches++ >= MAX_FETCHES_PER_CALL) {
                break;
            }
            fetch(installation, userId).ifPresent(user -> found.put(userId, user));
        }
        return found;
    }

    /** The user's own time zone, or {@code fallback} (external users' profiles often have none). */
    public ZoneId zoneOr(Installation installation, String userId, ZoneId fallback) {
        return find(installation, userId).map(SlackUser::timeZone).filter(java.util.Objects::nonNull).orElse(fallback);
    }

    public Map<String, String> displayNames(Installation installation, Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        find(installation, userIds).forEach((id, user) -> {
            if (user.displayName() != null) {
                names.put(id, user.displayName());
            }
        });
        return names;
    }

    /** Asks Slack about the user now and caches the answer; false when Slack could not tell. */
    public boolean refresh(Installation installation, String userId) {
        return fetch(installation, userId).isPresent();
    }

    private Optional<SlackUser> fetch(Installation installation, String userId) {
        try {
            UsersInfoResponse response = slack.apply(installation).usersInfo(r -> r.user(userId));
            if (!response.isOk() || response.getUser() == null) {
                log.info("users.info for {} answered {}", userId, response.getError());
                return Optional.empty();
            }
            User user = response.getUser();
            String enterprise = user.getEnterpriseUser() == null ? null : user.getEnterpriseUser().getEnterpriseId();
            SlackUser cached = new SlackUser(userId, user.getTeamId(), enterprise, nameOf(user), zone(user.getTz()));
            store(installation, cached);
            return Optional.of(cached);
        } catch (Exception e) {
            log.warn("users.info for {} failed: {}", userId, e.getMessage());
            return Optional.empty();
        }
    }

    private void store(Installation installation, SlackUser user) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        String zone = user.timeZone() == null ? null : user.timeZone().getId();
        dsl.insertInto(SLACK_USER)
                .set(SLACK_USER.DIRECTORY_KEY, installation.directoryKey())
                .set(SLACK_USER.USER_ID, user.userId())
                .set(SLACK_USER.TEAM_ID, user.teamId())
                .set(SLACK_USER.ENTERPRISE_ID, user.enterpriseId())
                .set(SLACK_USER.TIME_ZONE, zone)
                .set(SLACK_USER.DISPLAY_NAME, user.displayName())
                .set(SLACK_USER.FETCHED_AT, now)
                .onConflict(SLACK_USER.DIRECTORY_KEY, SLACK_USER.USER_ID).doUpdate()
                .set(SLACK_USER.TEAM_ID, user.teamId())
                .set(SLACK_USER.ENTERPRISE_ID, user.enterpriseId())
                .set(SLACK_USER.TIME_ZONE, zone)
                .set(SLACK_USER.DISPLAY_NAME, user.displayName())
                .set(SLACK_USER.FETCHED_AT, now)
                .execute();
    }

    private static String nameOf(User user) {
        if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
            return user.getProfile().getDisplayName();
        }
        if (notBlank(user.getRealName())) {
            return user.getRealName();
        }
        return notBlank(user.getName()) ? user.getName() : null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static SlackUser toUser(SlackUserRecord r) {
        return new SlackUser(r.getUserId(), r.getTeamId(), r.getEnterpriseId(), r.getDisplayName(), zone(r.getTimeZone()));
    }
}
