package org.mapbot.plan.slack;

import com.slack.api.model.event.ChannelIdChangedEvent;
import com.slack.api.model.event.ChannelSharedEvent;
import com.slack.api.model.event.ChannelUnsharedEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.SharedChannelInviteAcceptedEvent;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.SharedChannels;

/**
 * Follows Slack's channel events: a channel that became shared (or stopped being) shows its cards anew, hiding or
 * showing internal steps; a person of the other organisation who arrives is welcomed ({@link Arrivals}); a channel that got a new id keeps its plans; a channel the bot was removed from pauses them.
 */
public final class ChannelEvents {
    private final PlanService plans;
    private final SharedChannels channels;
    private final Arrivals arrivals;

    public ChannelEvents(PlanService plans, SharedChannels channels, Arrivals arrivals) {
        this.plans = plans;
        this.channels = channels;
        this.arrivals = arrivals;
    }

    public void registerOn(SlackListeners listeners) {
        listeners.onEvent(ChannelIdChangedEvent.class, (event, reader) ->
                plans.channelMoved(reader.installation(), event.getOldChannelId(), event.getNewChannelId()));
        listeners.onEvent(ChannelSharedEvent.class, (event, reader) -> {
            channels.remember(reader.installation(), event.getChannel(), true);
            plans.channelSharingChanged(reader.installation(), event.getChannel());
            // Each installation in the channel is told; the offer goes out once, through the plan's own.
            if (ownsTheChannel(reader, event.getChannel())) {
                arrivals.channelShared(reader.installation(), event.getChannel());
            }
        });
        // A customer who joins is welcomed for the channel's plan, whichever installation Slack told (at most once).
        listeners.onEvent(MemberJoinedChannelEvent.class, (event, reader) ->
                arrivals.joined(reader.installationFor(event.getChannel()), event.getChannel(), event.getUser(), event.getTeam()));
        listeners.onEvent(SharedChannelInviteAcceptedEvent.class, (event, reader) -> {
            if (event.getChannel() != null && event.getAcceptingUser() != null) {
                arrivals.joined(reader.installationFor(event.getChannel().getId()), event.getChannel().getId(),
                        event.getAcceptingUser().getId(), event.getAcceptingUser().getTeamId());
            }
        });
        listeners.onEvent(ChannelUnsharedEvent.class, (event, reader) -> {
            channels.remember(reader.installation(), event.getChannel(), event.isExtShared());
            plans.channelSharingChanged(reader.installation(), event.getChannel());
        });
        listeners.onEvent(MemberLeftChannelEvent.class, (event, reader) -> {
            if (event.getUser() != null && event.getUser().equals(reader.installation().botUserId())) {
                plans.channelLost(reader.installation(), event.getChannel());
            }
        });
    }

    private static boolean ownsTheChannel(InteractionReader reader, String channelId) {
        return reader.installationFor(channelId).teamId().equals(reader.installation().teamId());
    }
}
