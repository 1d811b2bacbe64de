package org.mapbot.plan.slack;

import java.util.concurrent.Executor;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.service.CommitmentService;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the customer arrives: a person of the other organisation who joins the plan's channel is welcomed (once) with
 * the plan and *Review and agree*; when the channel becomes shared, the seller's plan owner is offered to ask for
 * agreement. Slack's events are acknowledged at once; the look-ups and messages run in the background.
 */
public final class Arrivals {
    private static final Logger log = LoggerFactory.getLogger(Arrivals.class);

    private final PlanService plans;
    private final CommitmentService commitments;
    private final SlackUsers users;
    private final CommitmentMessages messages;
    private final Executor background;

    public Arrivals(PlanService plans, CommitmentService commitments, SlackUsers users, CommitmentMessages messages,
                    Executor background) {
        this.plans = plans;
        this.commitments = commitments;
        this.users = users;
        this.messages = messages;
        this.background = background;
    }

    /** {@code teamId}: the person's organisation as the event says, if it says. */
    public void joined(Installation installation, String channelId, String userId, String teamId) {
        if (userId == null || channelId == null || userId.equals(installation.botUserId())) {
            return;
        }
        background.execute(() -> {
            try {
                plans.currentPlan(installation, channelId).filter(plan -> plan.status().isOpen()).ifPresent(plan -> {
                    SlackUser user = users.find(installation, userId).orElse(null);
                    String team = user != null && user.teamId() != null ? user.teamId() : teamId;
                    String enterprise = user == null ? null : user.enterpriseId();
                    if (team == null || installation.includes(team, enterprise)) {
                        return; // a colleague of the seller, or someone we cannot place: no customer welcome
                    }
                    if (commitments.firstWelcome(plan, userId)) {
                        messages.welcome(plan, userId, installation.teamName());
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Could not welcome {} to channel {}: {}", userId, channelId, e.getMessage());
            }
        });
    }

    public void channelShared(Installation installation, String channelId) {
        background.execute(() -> {
            try {
                plans.currentPlan(installation, channelId).filter(plan -> plan.status().isOpen())
                        .filter(plan -> commitments.of(plan).state() == Commitment.State.NOT_PROPOSED)
                        .ifPresent(messages::offerToPropose);
            } catch (RuntimeException e) {
                log.warn("Could not offer to propose the plan in {}: {}", channelId, e.getMessage());
            }
        });
    }
}
