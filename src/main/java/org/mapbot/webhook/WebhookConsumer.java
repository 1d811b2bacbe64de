package org.mapbot.webhook;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.pipeline.PlanSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks as a consumer of the after-commit pipeline: when the snapshot says the plan has deliveries waiting (a field of
 * the query the pipeline runs anyway, so plans without webhooks cost nothing), their sending is handed to the webhook
 * sender pool, never done on the pipeline's thread. What this misses, {@link WebhookJob} sends.
 */
public final class WebhookConsumer implements PlanConsumer {
    private static final Logger log = LoggerFactory.getLogger(WebhookConsumer.class);

    private final WebhookDispatch dispatch;
    private final Executor senders;

    public WebhookConsumer(WebhookDispatch dispatch, Executor senders) {
        this.dispatch = dispatch;
        this.senders = senders;
    }

    @Override
    public void publish(PlanSnapshot snapshot) {
        if (!snapshot.webhooksDue()) {
            return;
        }
        long planId = snapshot.plan().id();
        try {
            senders.execute(() -> {
                try {
                    dispatch.sendDue(Optional.of(planId));
                } catch (RuntimeException e) {
                    log.warn("Sending the webhooks of plan {} failed; the webhook job tries again: {}", planId, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.info("Webhooks of plan {} left to the webhook job: the sender pool is stopping", planId);
        }
    }
}
