package org.mapbot.plan.domain;

import java.util.Locale;

/** The life of one step. Done and cancelled steps are closed: no reminders, not overdue. */
public enum StepStatus {
    TODO, IN_PROGRESS, BLOCKED, DONE, CANCELLED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StepStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    public String label() {
        return switch (this) {
            case TODO -> "To do";
            case IN_PROGRESS -> "In progress";
            case BLOCKED -> "Blocked";
            case DONE -> "Done";
            case CANCELLED -> "Cancelled";
        };
    }
}
