package org.mapbot.api;

/** Whether a person is an admin or owner of their Slack workspace, asked fresh: it decides who may hand out API access. */
@FunctionalInterface
public interface WorkspaceAdmins {
    boolean isAdminOrOwner(org.mapbot.plan.domain.Installation installation, String userId);

    /** Whether the person acts for the installing organisation and is an admin or owner of its workspace. */
    default boolean admits(org.mapbot.plan.domain.Actor actor) {
        return actor.isSeller() && isAdminOrOwner(actor.installation(), actor.userId());
    }
}
