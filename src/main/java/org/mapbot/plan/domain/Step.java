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
        Instant completedAt,
        LocalDate agreedDueDate) {

    public Step withStatus(StepStatus newStatus, Instant at) {
        return new Step(id, planId, position, title, side, owner, dueDate, newStatus, result, internalOnly, version,
                createdAt, createdBy, updatedAt, updatedBy, newStatus == StepStatus.DONE ? at : null, agreedDueDate);
    }

    public Step withResult(String newResult) {
        return new Step(id, planId, position, title, side, owner, dueDate, status, newResult, internalOnly, version,
                createdAt, createdBy, updatedAt, updatedBy, completedAt, agreedDueDate);
    }

    public Step withDueDate(LocalDate newDueDate) {
        return new Step(id, planId, position, title, side, owner, newDueDate, status, result, internalOnly, version,
                createdAt, createdBy, updatedAt, updatedBy, completedAt, agreedDueDate);
    }

    public Step withOwner(Owner newOwner, Side newSide) {
        return new Step(id, planId, position, title, newSide, newOwner, dueDate, status, result, internalOnly, version,
                createdAt, createdBy, updatedAt, updatedBy, completedAt, agreedDueDate);
    }

    public Step withTitle(String newTitle) {
        return new Step(id, planId, position, newTitle, side, owner, dueDate, status, result, internalOnly, version,
                createdAt, createdBy, updatedAt, updatedBy, completedAt, agreedDueDate);
    }

    public Step withInternalOnly(boolean internal) {
        return new Step(id, planId, position, title, side, owner, dueDate, status, result, internal, version,
                createdAt, createdBy, updatedAt, updatedBy, completedAt, agreedDueDate);
    }

    /** Both organisations agreed a date for this step: a new date is then a proposal to the other side. */
    public boolean hasAgreedDate() {
        return agreedDueDate != null;
    }

    /** The date shown is the one both organisations agreed. */
    public boolean isDateAgreed() {
        return agreedDueDate != null && agreedDueDate.equals(dueDate);
    }

    public Step withAgreedDueDate(LocalDate agreed) {
        return new Step(id, planId, position, title, side, owner, dueDate, status, result, internalOnly, version,
                createdAt, createdBy, updatedAt, updatedBy, completedAt, agreed);
    }

    public boolean isOpen() {
        return !status.isClosed();
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }
}
