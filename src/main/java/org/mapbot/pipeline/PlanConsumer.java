package org.mapbot.pipeline;

/**
 * What follows a committed change: the card, the Home tabs, the reminder re-plan. Each consumer is handed the same
 * snapshot, read once per fold, and must be idempotent: a failed fold is retried as a whole.
 */
@FunctionalInterface
public interface PlanConsumer {
    void publish(PlanSnapshot snapshot) throws PublishFailed;
}
