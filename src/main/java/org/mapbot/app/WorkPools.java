package org.mapbot.app;

import java.time.Duration;
import org.mapbot.pipeline.ChangePipeline;
import org.mapbot.reminder.ReminderSending;
import org.mapbot.webhook.WebhookFeature;

/**
 * The app's thread pools, one per kind of work so that none can starve another: answers and uploads sent after a
 * request, the pipeline's card stage, its follow-up stage (Home tabs, reminder re-plan, webhooks), reminder sending,
 * and webhook sending (a slow receiver never holds up the pipeline).
 */
public record WorkPools(BackgroundWork background, BackgroundWork cards, BackgroundWork followUps, BackgroundWork senders,
                        BackgroundWork webhookSenders) {
    static WorkPools start() {
        return new WorkPools(new BackgroundWork("slack-out", 4), new BackgroundWork("pipeline", ChangePipeline.THREADS),
                new BackgroundWork("pipeline-then", ChangePipeline.FOLLOW_UP_THREADS),
                new BackgroundWork("reminder-send", ReminderSending.SENDER_THREADS),
                new BackgroundWork("webhook-send", WebhookFeature.SENDER_THREADS));
    }

    /** Stops each pool, letting its running work finish for up to {@code grace}. */
    void stop(Duration grace) {
        background.stop(grace);
        cards.stop(grace);
        followUps.stop(grace);
        senders.stop(grace);
        webhookSenders.stop(grace);
    }
}
