package org.mapbot.plan.domain;

/**
 * The organisation that installed MAP Bot: the seller's workspace, or on Enterprise Grid the seller's enterprise.
 * Every plan belongs to one installation; everyone it includes is on the seller's side.
 */
public record Installation(String teamId, String enterpriseId, String botUserId, String teamName) {

    public Installation(String teamId, String enterpriseId, String botUserId) {
        this(teamId, enterpriseId, botUserId, null);
    }

    /** The installation a plan belongs to, as far as the plan records it (its workspace and Grid org). */
    public static Installation of(Plan plan) {
        return new Installation(plan.teamId(), plan.enterpriseId(), null);
    }

    /** On Enterprise Grid the enterprise counts (a colleague may sit in another workspace of it), else the team. */
    public boolean includes(String teamId, String enterpriseId) {
        if (this.enterpriseId != null && enterpriseId != null) {
            return this.enterpriseId.equals(enterpriseId);
        }
        return this.teamId.equals(teamId);
    }

    /**
     * Whose Slack directory this installation sees: its Grid org's (user ids are unique across an org), else its
     * workspace's. What Slack says about users and channels is cached under this key, so colliding ids never cross.
     */
    public String directoryKey() {
        return enterpriseId != null ? enterpriseId : teamId;
    }

    /** A plan created in this workspace, or (org-wide install) anywhere in this enterprise. */
    public boolean owns(Plan plan) {
        return owns(plan.teamId(), plan.enterpriseId());
    }

    /** A plan created in workspace {@code planTeamId} (of Grid org {@code planEnterpriseId}) is this installation's. */
    public boolean owns(String planTeamId, String planEnterpriseId) {
        return teamId.equals(planTeamId) || (enterpriseId != null && enterpriseId.equals(planEnterpriseId));
    }
}
