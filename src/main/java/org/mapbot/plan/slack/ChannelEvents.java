package org.mapbot.plan.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ChannelIdChangedEvent;
import com.slack.api.model.event.ChannelSharedEvent;
import com.slack.api.model.event.ChannelUnsharedEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import org.mapbot.slack.InstalledTeam;
import org.mapbot.slack.SharedChannels;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.storage.PlanRepository;

/** Follows Slack's channel events: a channel that became shared (or got a new id) keeps its plans and hides internal steps. */
public final class ChannelEvents {
    private final PlanRepository plans;
    private final PlanService service;
    private final SharedChannels channels;
    private final InstalledTeam installedTeam;

    public ChannelEvents(PlanRepository plans, PlanService service, SharedChannels channels, InstalledTeam installedTeam) {
        this.plans = plans;
        this.service = service;
        this.channels = channels;
        this.installedTeam = installedTeam;
    }

    public void registerOn(App app) {
        app.event(ChannelIdChangedEvent.class, (req, ctx) -> {
            ChannelIdChangedEvent event = req.getEvent();
            plans.moveChannel(event.getOldChannelId(), event.getNewChannelId());
            return ctx.ack();
        });
        app.event(ChannelSharedEvent.class, (req, ctx) -> {
            channels.remember(req.getEvent().getChannel(), true);
            refreshCards(req.getEvent().getChannel(), req.getTeamId());
            return ctx.ack();
        });
        app.event(MemberLeftChannelEvent.class, (req, ctx) -> {
            MemberLeftChannelEvent event = req.getEvent();
            if (event.getUser() != null && event.getUser().equals(installedTeam.botUserId())) {
                botLeft(event.getChannel(), installedTeam.id());
            }
            return ctx.ack();
        });
        app.event(ChannelUnsharedEvent.class, (req, ctx) -> {
            channels.remember(req.getEvent().getChannel(), req.getEvent().isExtShared());
            refreshCards(req.getEvent().getChannel(), req.getTeamId());
            return ctx.ack();
        });
    }

    /** Removed from a channel, the bot can neither update the card nor remind anyone there: its active plans pause. */
    private void botLeft(String channelId, String teamId) {
        service.plansInChannel(teamId, channelId).stream().filter(p -> p.status() == PlanStatus.ACTIVE)
                .forEach(p -> service.pauseBecauseChannelIsGone(p.id(), new Actor(installedTeam.botUserId(), teamId, null)));
    }

    private void refreshCards(String channelId, String teamId) {
        service.plansInChannel(teamId, channelId).forEach(plan -> service.touch(plan.id()));
    }
}
