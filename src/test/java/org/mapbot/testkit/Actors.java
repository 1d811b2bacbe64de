package org.mapbot.testkit;

import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Installation;

/** The people of {@link Slackers} as the interaction layer reads them: every request is for the seller's installation. */
public final class Actors {
    public static final Installation INSTALLATION = new Installation(Slackers.SELLER_TEAM, null, Slackers.BOT_USER);
    public static final Actor SELLER = new Actor(Slackers.SELLER_USER, Slackers.SELLER_TEAM, null, INSTALLATION);
    public static final Actor COLLEAGUE = new Actor(Slackers.SELLER_COLLEAGUE, Slackers.SELLER_TEAM, null, INSTALLATION);
    public static final Actor CUSTOMER = new Actor(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, null, INSTALLATION);

    private Actors() {
    }

    public static Actor of(String userId, String teamId) {
        return new Actor(userId, teamId, null, INSTALLATION);
    }
}
