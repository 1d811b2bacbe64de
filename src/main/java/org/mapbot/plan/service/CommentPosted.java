package org.mapbot.plan.service;

import org.mapbot.plan.domain.StepInPlan;

/** A recorded comment, and whether it may be posted in the card's thread as well. */
public record CommentPosted(StepInPlan target, String text, boolean postInThread) {
}
