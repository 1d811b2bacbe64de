package org.mapbot.plan.service;

/**
 * Told after a change to a plan is committed (or when how it must be shown changed): the one way out. Everything that
 * follows — the card, Home tabs, reminder re-planning — hangs off the after-commit pipeline behind this.
 */
@FunctionalInterface
public interface PlanChanges {
    void committed(long planId);
}
