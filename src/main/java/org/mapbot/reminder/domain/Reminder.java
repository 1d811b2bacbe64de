package org.mapbot.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One reminder row: what it is about (a step, the plan, or a proposal), for whom, when, and how far sending it has got. */
public record Reminder(
        long id,
        long planId,
        Long stepId,
        ReminderKind kind,
        String recipient,
        LocalDate forDate,
        ZoneId zone,
        Instant dueAt,
        ReminderState state,
        int attempts,
        String messageChannel,
        String messageTs,
        Long proposalId) {

    /** Channel ids start with C or G; anything else (a user id) is a direct message. */
    public boolean isDirectMessage() {
        return !(recipient.startsWith("C") || recipient.startsWith("G"));
    }
}
