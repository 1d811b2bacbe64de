package org.mapbot.plan.domain;

import java.util.Locale;

/** One of the two organisations of a deal: the seller's (which installed MAP Bot) or the customer's. */
public enum OrgSide {
    SELLER, CUSTOMER;

    public static OrgSide of(Actor actor, Plan plan) {
        return actor.isSellerOf(plan) ? SELLER : CUSTOMER;
    }

    public OrgSide other() {
        return this == SELLER ? CUSTOMER : SELLER;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrgSide fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
