package org.mapbot.slack;

import static org.mapbot.db.generated.Tables.SLACK_CHANNEL;

import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import com.slack.api.methods.MethodsClient;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a channel is shared with another organisation ({@code is_ext_shared}), cached for a while.
 * When Slack cannot tell us, the answer is "shared": internal steps stay hidden rather than leak.
 */
public final class SharedChannels {
    private static final Logger log = LoggerFactory.getLogger(SharedChannels.class);
    public static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private final DSLContext dsl;
    private final SlackClients slack;
    private final Clock clock;

    public SharedChannels(DSLContext dsl, SlackClients slack, Clock clock) {
        this.dsl = dsl;
        this.slack = slack;
        this.clock = clock;
    }

    /** Whether the plan's channel is shared with another organisation, asked with the plan's installation's token. */
    public boolean isExternallyShared(Plan plan) {
        String channelId = plan.channelId();
        Installation installation = Installation.of(plan);
        var cached = dsl.selectFrom(SLACK_CHANNEL).where(SLACK_CHANNEL.DIRECTORY_KEY.eq(installation.directoryKey()))
                .and(SLACK_CHANNEL.CHANNEL_ID.eq(channelId)).fetchOptional();
        if (cached.isPresent() && cached.get().getFetchedAt().toInstant().plus(FRESH_FOR).isAfter(clock.instant())) {
            return cached.get().getIsExtShared();
        }
        try {
            ConversationsInfoResponse info = slack.bot(plan).conversationsInfo(r -> r.channel(channelId));
            if (!info.isOk() || info.getChannel() == null) {
                log.warn("conversations.info for {} failed ({}); treating it as shared", channelId, info.getError());
                return true;
            }
            remember(installation, channelId, info.getChannel().isExtShared());
            return info.getChannel().isExtShared();
        } catch (Exception e) {
            log.warn("conversations.info for {} failed ({}); treating it as shared", channelId, e.getMessage());
            return true;
        }
    }

    /**
     * The name of the other organisation in a Slack Connect channel, for a plan's customer when nobody typed one:
     * the first connected team that is not the installing one, as {@code team.info} names it. Empty when Slack
     * cannot tell (not shared, more than one other organisation, or no {@code team:read}).
     */
    public java.util.Optional<String> externalTeamName(Installation installation, String channelId) {
        String installingTeamId = installation.teamId();
        try {
            MethodsClient bot = slack.bot(installation);
            ConversationsInfoResponse info = bot.conversationsInfo(r -> r.channel(channelId));
            if (!info.isOk() || info.getChannel() == null || !info.getChannel().isExtShared()) {
                return java.util.Optional.empty();
            }
            java.util.Set<String> teams = new java.util.LinkedHashSet<>();
            java.util.Optional.ofNullable(info.getChannel().getConnectedTeamIds()).ifPresent(teams::addAll);
            java.util.Optional.ofNullable(info.getChannel().getSharedTeamIds()).ifPresent(teams::addAll);
            teams.remove(installingTeamId);
            if (teams.size() != 1) {
                return java.util.Optional.empty();
            }
            String team = teams.iterator().next();
            var teamInfo = bot.teamInfo(r -> r.team(team));
            if (!teamInfo.isOk() || teamInfo.getTeam() == null || teamInfo.getTeam().getName() == null
                    || teamInfo.getTeam().getName().isBlank()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(teamInfo.getTeam().getName().strip());
        } catch (Exception e) {
            log.info("Could not name the other organisation of {}: {}", channelId, e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /**
     * Whether {@code channelId}, as {@code asking}'s workspace sees it, is a Slack Connect channel shared with
     * {@code other}'s organisation: the very channel another installation's plan lives in, not one that merely has the
     * same id. When Slack cannot tell, it counts as shared, so two bots never run two plans in one channel.
     */
    public boolean sharedWith(Installation asking, String channelId, Installation other) {
        try {
            ConversationsInfoResponse info = slack.bot(asking).conversationsInfo(r -> r.channel(channelId));
            if (!info.isOk() || info.getChannel() == null) {
                log.warn("conversations.info for {} failed ({}); treating it as shared", channelId, info.getError());
                return true;
            }
            java.util.Set<String> teams = new java.util.HashSet<>();
            java.util.Optional.ofNullable(info.getChannel().getConnectedTeamIds()).ifPresent(teams::addAll);
            java.util.Optional.ofNullable(info.getChannel().getSharedTeamIds()).ifPresent(teams::addAll);
            return info.getChannel().isExtShared() && (teams.contains(other.teamId())
                    || (other.enterpriseId() != null && teams.contains(other.enterpriseId())));
        } catch (Exception e) {
            log.warn("conversations.info for {} failed ({}); treating it as shared", channelId, e.getMessage());
            return true;
        }
    }

    /** Slack told {@code installation} (channel_shared / channel_unshared): no need to ask. */
    public void remember(Installation installation, String channelId, boolean extShared) {
        dsl.insertInto(SLACK_CHANNEL)
                .set(SLACK_CHANNEL.DIRECTORY_KEY, installation.directoryKey())
                .set(SLACK_CHANNEL.CHANNEL_ID, channelId)
                .set(SLACK_CHANNEL.IS_EXT_SHARED, extShared)
                .set(SLACK_CHANNEL.FETCHED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflict(SLACK_CHANNEL.DIRECTORY_KEY, SLACK_CHANNEL.CHANNEL_ID).doUpdate()
                .set(SLACK_CHANNEL.IS_EXT_SHARED, extShared)
                .set(SLACK_CHANNEL.FETCHED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
