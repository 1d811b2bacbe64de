package org.mapbot.plan.domain;

import java.util.Locale;
import java.util.Optional;

/** Which organisation is responsible for a step. */
public enum Side {
    SELLER, CUSTOMER, BOTH;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Side fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public static Optional<Side> parse(String text) {
        for (Side side : values()) {
            if (side.dbValue().equalsIgnoreCase(text.trim())) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return switch (this) {
            case SELLER -> "Seller";
            case CUSTOMER -> "Customer";
            case BOTH -> "Both";
        };
    }
}
