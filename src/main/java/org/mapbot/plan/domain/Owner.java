package org.mapbot.plan.domain;

import java.util.Optional;

/**
 * Who is responsible for a step: a Slack user of either organisation, or a named person or role
 * without Slack ("Jane Doe (Legal)", "Customer – Legal"), or nobody yet.
 */
public record Owner(String userId, String teamId, String name) {

    public static final Owner NOBODY = new Owner(null, null, null);

    public static Owner slackUser(String userId, String teamId) {
        return new Owner(userId, teamId, null);
    }

    public static Owner named(String name) {
        return new Owner(null, null, name);
    }

    public boolean isSlackUser() {
        return userId != null;
    }

    public boolean isNobody() {
        return userId == null && name == null;
    }

    /**
     * Whether this is a Slack user known to belong to the plan's (seller) organisation. A user whose organisation
     * Slack did not tell us is not: internal steps and their reminders need certainty, not a guess.
     */
    public boolean isSellerPersonOf(Plan plan) {
        return userId != null && teamId != null && teamId.equals(plan.teamId());
    }

    public Optional<String> slackUserId() {
        return Optional.ofNullable(userId);
    }
}
