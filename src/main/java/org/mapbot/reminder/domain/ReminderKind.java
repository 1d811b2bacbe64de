package org.mapbot.reminder.domain;

/** What a reminder is about; decides when it is sent and whether it is still worth sending late. */
public enum ReminderKind {
    DUE_SOON, DUE_TODAY, OVERDUE, STATUS_CHECK, NO_ANSWER, DIGEST,
    /** A proposal one organisation made that the other has not answered in two working days. */
    PROPOSAL;

    /** A reminder meant to arrive before the deadline is useless after it, so it moves earlier, never later. */
    public boolean isBeforeDeadline() {
        return this == DUE_SOON || this == DUE_TODAY;
    }
}
