package org.mapbot.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A reminder the planner wants to exist; its key makes a second one for the same purpose impossible. */
public record PlannedReminder(long planId, Long stepId, ReminderKind kind, String recipient, LocalDate forDate,
                              ZoneId zone, Instant dueAt) {

    public String dedupeKey() {
        return dedupeKey(planId, stepId, kind, recipient, forDate);
    }

    public static String dedupeKey(long planId, Long stepId, ReminderKind kind, String recipient, LocalDate forDate) {
        String subject = stepId == null ? "plan:" + planId : "step:" + stepId;
        return subject + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + recipient + ":" + forDate;
    }
}
