package org.mapbot.plan.domain;

/**
 * The person acting: a Slack user, the organisation they belong to (team, enterprise), and the installation the
 * request is for. Read once from each Slack request by the interaction layer; services decide with it.
 */
public record Actor(String userId, String teamId, String enterpriseId, Installation installation) {
    /** Who the history names for what the bot did on its own. */
    public static final String BOT_USER = "mapbot";

    /** MAP Bot itself, acting for an installation (pausing a plan, recording a failed reminder). */
    public static Actor bot(Installation installation) {
        return new Actor(BOT_USER, installation.teamId(), installation.enterpriseId(), installation);
    }

    /** Whether the person belongs to the installing (seller) organisation; Enterprise Grid aware. */
    public boolean isSeller() {
        return installation.includes(teamId, enterpriseId);
    }

    /** Seller side of this plan: the plan's own organisation; on Enterprise Grid the enterprise counts. */
    public boolean isSellerOf(Plan plan) {
        if (plan.enterpriseId() != null && enterpriseId != null) {
            return plan.enterpriseId().equals(enterpriseId);
        }
        return plan.teamId().equals(teamId);
    }
}
