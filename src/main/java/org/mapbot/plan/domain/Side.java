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

    /**
     * The side a step's owner decides: a Slack user of the installing organisation (or of unknown organisation, which
     * is how Slack shows one's own colleagues most often) → seller, of another → customer; a named person without
     * Slack → customer; nobody → both.
     */
    public static Side ownedBy(Owner owner, Plan plan) {
        if (owner.isSlackUser()) {
            return owner.teamId() == null || owner.teamId().equals(plan.teamId()) ? SELLER : CUSTOMER;
        }
        return owner.name() != null ? CUSTOMER : BOTH;
    }

    public String label() {
        return switch (this) {
            case SELLER -> "Seller";
            case CUSTOMER -> "Customer";
            case BOTH -> "Both";
        };
    }
}
