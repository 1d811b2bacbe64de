package org.mapbot.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One deal's mutual action plan, kept in one Slack channel of the seller's workspace. */
public record Plan(
        long id,
        String teamId,
        String enterpriseId,
        String channelId,
        String title,
        String customerName,
        String ownerUserId,
        LocalDate startDate,
        LocalDate targetDate,
        ZoneId timeZone,
        PlanStatus status,
        String cardTs,
        int version,
        Instant createdAt,
        Instant updatedAt) {
}
