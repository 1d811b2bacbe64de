package org.mapbot.plan.service;

/** Told after a change to a plan is committed: the card, reminders and home tabs follow from it. */
@FunctionalInterface
public interface PlanListener {
    void planChanged(long planId);
}
