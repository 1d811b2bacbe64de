package org.mapbot.plan.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.concurrent.Executor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.service.CommitmentService;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages of the commitment, posted off the request thread: the request for agreement (kept up to date when
 * someone answers it), notices in the card's thread that tell the other side what was proposed or answered, the
 * welcome for a person of the other organisation, and the offer to the seller when the channel became shared. All of
 * them show the plan as the customer sees it: never an internal step.
 */
public final class CommitmentMessages {
    private static final Logger log = LoggerFactory.getLogger(CommitmentMessages.class);

    private final PlanService plans;
    private final CommitmentService commitments;
    private final SlackClients slack;
    private final Executor background;
    private final SlackJson json = new SlackJson();

    public CommitmentMessages(PlanService plans, CommitmentService commitments, SlackClients slack, Executor background) {
        this.plans = plans;
        this.commitments = commitments;
        this.slack = slack;
        this.background = background;
    }

    /** Posts "Does this work for …?" in the plan's channel and remembers it, so its buttons are accepted. */
    public void postRequest(Plan plan, String askedBy) {
        background.execute(() -> {
            try {
                PlanView view = customerView(plan);
                ChatPostMessageResponse posted = slack.bot(plan).chatPostMessage(r -> r.channel(plan.channelId())
                        .text(CommitmentViews.requestText(view)).blocksAsString(json.blocks(CommitmentViews.request(view, askedBy))));
                if (posted.isOk()) {
                    commitments.rememberRequestMessage(plan.id(), plan.channelId(), posted.getTs());
                } else {
                    log.warn("Slack refused the agreement request for plan {}: {}", plan.id(), posted.getError());
                }
            } catch (Exception e) {
                log.warn("Could not post the agreement request for plan {}: {}", plan.id(), e.getMessage());
            }
        });
    }

    /** Shows the request message as the plan now stands (agreed: without its buttons). */
    public void refreshRequest(long planId) {
        background.execute(() -> plans.plan(planId).ifPresent(plan -> commitments.requestMessage(plan).ifPresent(at -> {
            try {
                PlanView view = customerView(plan);
                String askedBy = plan.ownerUserId();
                slack.bot(plan).chatUpdate(r -> r.channel(at[0]).ts(at[1]).text(CommitmentViews.requestText(view))
                        .blocksAsString(json.blocks(CommitmentViews.request(view, askedBy))));
            } catch (Exception e) {
                log.warn("Could not update the agreement request of plan {}: {}", planId, e.getMessage());
            }
        })));
    }

    /** A line in the card's thread (in the channel if there is no card), seen by both organisations. */
    public void notice(Plan plan, String mrkdwn) {
        background.execute(() -> {
            try {
                slack.bot(plan).chatPostMessage(r -> r.channel(plan.channelId()).threadTs(plan.cardTs()).text(mrkdwn));
            } catch (Exception e) {
                log.warn("Could not post a notice for plan {}: {}", plan.id(), e.getMessage());
            }
        });
    }

    /** A reminder of a proposal, once answered on it, says who answered what, and offers its buttons no more. */
    public void answeredOn(Plan plan, String channelId, String ts, String mrkdwn) {
        background.execute(() -> {
            try {
                var updated = slack.bot().chatUpdate(r -> r.channel(channelId).ts(ts).text(mrkdwn).blocksAsString(json.blocks(
                        java.util.List.of(com.slack.api.model.block.Blocks.section(b -> b.text(
                                com.slack.api.model.block.composition.BlockCompositions.markdownText(mrkdwn)))))));
                if (!updated.isOk()) {
                    log.warn("Slack refused to update a proposal reminder of plan {}: {}", plan.id(), updated.getError());
                }
            } catch (Exception e) {
                log.warn("Could not update a proposal reminder of plan {}: {}", plan.id(), e.getMessage());
            }
        });
    }

    /** The welcome only {@code userId} sees, in the plan's channel. */
    public void welcome(Plan plan, String userId, String sellerOrg) {
        background.execute(() -> ephemeral(plan, userId, "Welcome! This channel runs a mutual action plan.",
                json.blocks(CommitmentViews.welcome(customerView(plan), userId, sellerOrg))));
    }

    /** The channel became shared: the seller's plan owner is offered to ask the customer to agree. */
    public void offerToPropose(Plan plan) {
        background.execute(() -> {
            PlanView view = customerView(plan);
            if (!view.steps().isEmpty()) {
                ephemeral(plan, plan.ownerUserId(), "Ask the customer to agree to the plan?",
                        json.blocks(CommitmentViews.offerToPropose(view)));
            }
        });
    }

    private void ephemeral(Plan plan, String userId, String text, String blocks) {
        try {
            var sent = slack.bot(plan).chatPostEphemeral(r -> r.channel(plan.channelId()).user(userId).text(text).blocksAsString(blocks));
            if (!sent.isOk()) {
                log.warn("Slack refused a message for {} in plan {}: {}", userId, plan.id(), sent.getError());
            }
        } catch (Exception e) {
            log.warn("Could not send a message to {} for plan {}: {}", userId, plan.id(), e.getMessage());
        }
    }

    private PlanView customerView(Plan plan) {
        return plans.view(plan).forCustomer();
    }
}
