package org.mapbot.hubspot;

import java.time.Clock;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.pipeline.PlanSnapshot;
import org.mapbot.pipeline.PublishFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deal sync's place in the after-commit pipeline: for a plan linked to a deal it only notes that an update is due
 * and wakes the sender, so HubSpot's speed never holds up a card. A plan without a link costs nothing: the link comes
 * with the snapshot the pipeline reads anyway.
 */
final class DealSyncTrigger implements PlanConsumer {
    private static final Logger log = LoggerFactory.getLogger(DealSyncTrigger.class);

    private final SyncQueue queue;
    private final Runnable wakeSender;
    private final Clock clock;

    DealSyncTrigger(SyncQueue queue, Runnable wakeSender, Clock clock) {
        this.queue = queue;
        this.wakeSender = wakeSender;
        this.clock = clock;
    }

    @Override
    public void publish(PlanSnapshot snapshot) throws PublishFailed {
        if (snapshot.deal().isEmpty() || snapshot.deal().get().broken()) {
            return;
        }
        try {
            queue.due(snapshot.plan().id(), clock.instant());
        } catch (RuntimeException e) {
            throw new PublishFailed("could not note the HubSpot update: " + e.getMessage());
        }
        try {
            wakeSender.run();
        } catch (RuntimeException e) {
            // The sender's regular run picks the update up.
            log.warn("Could not wake the HubSpot sender: {}", e.getMessage());
        }
    }
}
