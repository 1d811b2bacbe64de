package org.mapbot.reminder.domain;

import java.time.LocalDate;

/** How someone answered a reminder: done, a new date with its reason, blocked with its reason, or not needed. */
public record Answer(Kind kind, LocalDate newDate, String reason) {
    public enum Kind { DONE, NEW_DATE, BLOCKED, NOT_NEEDED }

    public static Answer done() {
        return new Answer(Kind.DONE, null, null);
    }

    public static Answer notNeeded() {
        return new Answer(Kind.NOT_NEEDED, null, null);
    }

    public static Answer newDate(LocalDate date, String reason) {
        return new Answer(Kind.NEW_DATE, date, reason);
    }

    public static Answer blocked(String reason) {
        return new Answer(Kind.BLOCKED, null, reason);
    }

    public String dbValue() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
