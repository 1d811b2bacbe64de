package org.mapbot.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A reminder the planner wants to exist; its key makes a second one for the same purpose impossible.
 * {@code proposalId} names the proposal a {@link ReminderKind#PROPOSAL} reminder is about (null for every other kind).
 */
public record PlannedReminder(long planId, Long stepId, ReminderKind kind, String recipient, LocalDate forDate,
                              ZoneId zone, Instant dueAt, Long proposalId) {

    public PlannedReminder(long planId, Long stepId, ReminderKind kind, String recipient, LocalDate forDate, ZoneId zone,
                           Instant dueAt) {
        this(planId, stepId, kind, recipient, forDate, zone, dueAt, null);
    }

    public String dedupeKey() {
        return proposalId == null ? dedupeKey(planId, stepId, kind, recipient, forDate) : proposalKey(proposalId, recipient);
    }

    public static String dedupeKey(long planId, Long stepId, ReminderKind kind, String recipient, LocalDate forDate) {
        String subject = stepId == null ? "plan:" + planId : "step:" + stepId;
        return subject + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + recipient + ":" + forDate;
    }

    /** Once per proposal and recipient, whenever it was made and however often the plan is re-planned. */
    public static String proposalKey(long proposalId, String recipient) {
        return "proposal:" + proposalId + ":" + recipient;
    }
}
