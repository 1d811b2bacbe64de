package org.mapbot.slack;

import static org.mapbot.db.generated.Tables.SLACK_CHANNEL;

import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a channel is shared with another organisation ({@code is_ext_shared}), cached for a while.
 * When Slack cannot tell us, the answer is "shared": internal steps stay hidden rather than leak.
 */
public final class SharedChannels {
    private static final Logger log = LoggerFactory.getLogger(SharedChannels.class);
    private static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private final DSLContext dsl;
    private final SlackClients slack;
    private final Clock clock;

    public SharedChannels(DSLContext dsl, SlackClients slack, Clock clock) {
        this.dsl = dsl;
        this.slack = slack;
        this.clock = clock;
    }

    public boolean isExternallyShared(String channelId) {
        var cached = dsl.selectFrom(SLACK_CHANNEL).where(SLACK_CHANNEL.CHANNEL_ID.eq(channelId)).fetchOptional();
        if (cached.isPresent() && cached.get().getFetchedAt().toInstant().plus(FRESH_FOR).isAfter(clock.instant())) {
            return cached.get().getIsExtShared();
        }
        try {
            ConversationsInfoResponse info = slack.bot().conversationsInfo(r -> r.channel(channelId));
            if (!info.isOk() || info.getChannel() == null) {
                log.warn("conversations.info for {} failed ({}); treating it as shared", channelId, info.getError());
                return true;
            }
            remember(channelId, info.getChannel().isExtShared());
            return info.getChannel().isExtShared();
        } catch (Exception e) {
            log.warn("conversations.info for {} failed ({}); treating it as shared", channelId, e.getMessage());
            return true;
        }
    }

    /** Slack told us (channel_shared / channel_unshared): no need to ask. */
    public void remember(String channelId, boolean extShared) {
        dsl.insertInto(SLACK_CHANNEL)
                .set(SLACK_CHANNEL.CHANNEL_ID, channelId)
                .set(SLACK_CHANNEL.IS_EXT_SHARED, extShared)
                .set(SLACK_CHANNEL.FETCHED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflict(SLACK_CHANNEL.CHANNEL_ID).doUpdate()
                .set(SLACK_CHANNEL.IS_EXT_SHARED, extShared)
                .set(SLACK_CHANNEL.FETCHED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
