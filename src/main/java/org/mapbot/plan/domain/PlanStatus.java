package org.mapbot.plan.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a deal stands as a whole. Only active plans get reminders. */
public enum PlanStatus {
    ACTIVE, WON, LOST, PAUSED, ARCHIVED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlanStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public static Optional<PlanStatus> parse(String text) {
        for (PlanStatus status : values()) {
            if (status.dbValue().equalsIgnoreCase(text.trim())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public boolean isOpen() {
        return this == ACTIVE || this == PAUSED;
    }

    public String label() {
        return switch (this) {
            case ACTIVE -> "Active";
            case WON -> "Won";
            case LOST -> "Lost";
            case PAUSED -> "Paused";
            case ARCHIVED -> "Archived";
        };
    }
}
