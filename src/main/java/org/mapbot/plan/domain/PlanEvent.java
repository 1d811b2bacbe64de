package org.mapbot.plan.domain;

import java.time.Instant;

/** One entry of a plan's history: who changed what, when, from what to what, and why. */
public record PlanEvent(
        long id,
        long planId,
        Long stepId,
        String stepTitle,
        String actorUserId,
        String actorTeamId,
        Instant at,
        String kind,
        String oldValue,
        String newValue,
        String reason,
        Integer daysSlipped) {
}
