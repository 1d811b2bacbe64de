package org.mapbot.reminder.domain;

import java.util.Locale;

/**
 * Where a reminder row stands. {@code SENDING} is written before Slack is called and never swept again,
 * so a crash between the two can lose that one message but never send it twice.
 */
public enum ReminderState {
    PENDING, SENDING, SENT, SKIPPED, FAILED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
