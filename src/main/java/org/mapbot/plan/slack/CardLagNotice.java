package org.mapbot.plan.slack;

import org.mapbot.pipeline.LagNotice;
import org.mapbot.plan.domain.Plan;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells, in the plan's channel and only to them, the person whose change the card does not show yet. */
public final class CardLagNotice implements LagNotice {
    private static final Logger log = LoggerFactory.getLogger(CardLagNotice.class);

    private final SlackClients slack;

    public CardLagNotice(SlackClients slack) {
        this.slack = slack;
    }

    @Override
    public boolean tell(Plan plan, String userId) {
        if (!userId.matches("[UW][A-Z0-9]+")) {
            return false; // the bot's own change: nobody to tell
        }
        try {
            var told = slack.bot(plan).chatPostEphemeral(r -> r.channel(plan.channelId()).user(userId)
                    .text(":hourglass_flowing_sand: Your change to *" + SlackText.escape(plan.title()) + "* is saved. Slack is not "
                            + "taking updates to the plan card right now; the card will catch up on its own."));
            return told.isOk();
        } catch (Exception e) {
            log.info("Could not tell {} that the card of plan {} lags: {}", userId, plan.id(), e.getMessage());
            return false;
        }
    }
}
