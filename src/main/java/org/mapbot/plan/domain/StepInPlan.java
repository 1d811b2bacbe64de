package org.mapbot.plan.domain;

/** A step and the plan it belongs to, read together. */
public record StepInPlan(Plan plan, Step step) {
}
