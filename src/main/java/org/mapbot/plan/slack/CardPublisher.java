package org.mapbot.plan.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.pipeline.PlanSnapshot;
import org.mapbot.pipeline.PublishFailed;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackErrors;
import org.mapbot.slack.SlackJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each plan's card in its channel as the plan stands: one message per plan, updated in place with
 * {@code chat.update} (posted anew when someone deleted it). Slack's refusals that may pass (rate limits, outages,
 * timeouts) are handed back to the pipeline, which retries until Slack takes the update.
 */
public final class CardPublisher implements PlanConsumer {
    private static final Logger log = LoggerFactory.getLogger(CardPublisher.class);

    private final PlanService plans;
    private final SlackClients slack;
    private final SharedChannels channels;
    private final SlackJson json = new SlackJson();
    /** Plans whose card is to be posted anew: done in the plan's next fold, so it never races a publication. */
    private final java.util.Set<Long> reposts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public CardPublisher(PlanService plans, SlackClients slack, SharedChannels channels) {
        this.plans = plans;
        this.slack = slack;
        this.channels = channels;
    }

    @Override
    public void publish(PlanSnapshot snapshot) throws PublishFailed {
        Plan plan = snapshot.plan();
        if (reposts.remove(plan.id()) && plan.cardTs() != null) {
            retire(plan);
            plan = withoutCard(plan);
        }
        Plan shown = plan;
        boolean shared = snapshot.channelShared().orElseGet(() -> channels.isExternallyShared(shown));
        String blocks = json.blocks(CardView.blocks(snapshot.view(), shared, snapshot.deal()));
        String text = CardView.fallbackText(snapshot.view(), shared);
        try {
            if (shown.cardTs() != null) {
                ChatUpdateResponse updated = slack.bot(shown).chatUpdate(r -> r.channel(shown.channelId()).ts(shown.cardTs())
                        .text(text).blocksAsString(blocks));
                if (updated.isOk() || !answered(shown, updated.getError(), "message_not_found")) {
                    return;
                }
                // Someone deleted the card: post a new one.
            }
            ChatPostMessageResponse posted = slack.bot(shown).chatPostMessage(r -> r.channel(shown.channelId()).text(text).blocksAsString(blocks));
            if (posted.isOk()) {
                plans.rememberCard(shown.id(), posted.getTs());
            } else {
                answered(shown, posted.getError(), null);
            }
        } catch (SlackApiException e) {
            throw new PublishFailed("Slack answered " + SlackErrors.error(e), SlackErrors.retryAfter(e).orElse(null));
        } catch (IOException e) {
            throw new PublishFailed("Slack did not answer: " + e.getMessage());
        }
    }

    /**
     * Sorts an error answer: true when the caller should go on with {@code goOnWith}; a passing error is thrown to be
     * retried; a lost channel or a mistake of ours is logged (retrying would not help; the next change tries again).
     */
    private static boolean answered(Plan plan, String error, String goOnWith) throws PublishFailed {
        if (error != null && error.equals(goOnWith)) {
            return true;
        }
        if (SlackErrors.isTransient(error)) {
            throw new PublishFailed("Slack answered " + error, "ratelimited".equals(error) ? SlackErrors.DEFAULT_RETRY_AFTER : null);
        }
        if (SlackErrors.isChannelGone(error)) {
            log.warn("The card of plan {} cannot be posted in {}: {}", plan.id(), plan.channelId(), error);
        } else {
            log.error("Slack refused the card of plan {}: {}", plan.id(), error);
        }
        return false;
    }

    /** Posts the card anew at the bottom of the channel and retires the old one ({@code /map card}). */
    public void repost(Plan plan) {
        reposts.add(plan.id());
        plans.refresh(plan.id());
    }

    private void retire(Plan plan) {
        try {
            slack.bot(plan).chatDelete(r -> r.channel(plan.channelId()).ts(plan.cardTs()));
        } catch (IOException | SlackApiException e) {
            log.warn("Could not delete the old card of plan {}: {}", plan.id(), e.getMessage());
        }
        plans.forgetCard(plan.id());
    }

    private static Plan withoutCard(Plan p) {
        return new Plan(p.id(), p.teamId(), p.enterpriseId(), p.channelId(), p.title(), p.customerName(), p.ownerUserId(),
                p.startDate(), p.targetDate(), p.timeZone(), p.status(), null, p.version(), p.createdAt(), p.updatedAt());
    }
}
