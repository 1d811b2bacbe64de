package org.mapbot.plan.domain;

/** How an owner is written in history and plain text (not Slack markup). */
public final class OwnerText {
    private OwnerText() {
    }

    /** A Slack mention of a user id the app read from Slack or stored (never typed text). */
    public static String mention(String userId) {
        return "<@" + userId + ">";
    }

    public static String plain(Owner owner) {
        if (owner == null || owner.isNobody()) {
            return "unassigned";
        }
        return owner.isSlackUser() ? "<@" + owner.userId() + ">" : owner.name();
    }
}
