package org.mapbot.plan.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One dated commitment in a plan, owned by someone on the seller's or the customer's side. */
public record Step(
        long id,
        long planId,
        int position,
        String title,
        Side side,
        Owner owner,
        LocalDate dueDate,
        StepStatus status,
        String result,
        boolean internalOnly,
        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant completedAt) {

    public boolean isOpen() {
        return !status.isClosed();
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }
}
