package org.mapbot.plan.domain;

/** The person acting: a Slack user and the organisation (team, enterprise) they belong to. */
public record Actor(String userId, String teamId, String enterpriseId) {

    /** Seller side means the installing organisation; on Enterprise Grid the enterprise counts, not the workspace. */
    public boolean isSellerOf(Plan plan) {
        if (plan.enterpriseId() != null && enterpriseId != null) {
            return plan.enterpriseId().equals(enterpriseId);
        }
        return plan.teamId().equals(teamId);
    }
}
