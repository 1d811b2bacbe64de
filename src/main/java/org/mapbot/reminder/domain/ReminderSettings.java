package org.mapbot.reminder.domain;

import java.util.EnumSet;
import java.util.Set;

/** Which reminders a plan gets and how early the "due soon" one comes; changed with {@code /map settings}. */
public record ReminderSettings(Set<ReminderKind> kinds, int leadDays) {
    public static final int MAX_LEAD_DAYS = 5;
    public static final ReminderSettings DEFAULTS =
            new ReminderSettings(EnumSet.allOf(ReminderKind.class), ReminderTiming.DEFAULT_LEAD_DAYS);

    public ReminderSettings {
        if (leadDays < 0 || leadDays > MAX_LEAD_DAYS) {
            throw new IllegalArgumentException("Lead days must be 0 to " + MAX_LEAD_DAYS + ", got " + leadDays);
        }
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public boolean wants(ReminderKind kind) {
        return kinds.contains(kind);
    }
}
