package org.mapbot.api;

import org.mapbot.slack.SlackClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code users.info}'s {@code is_admin} / {@code is_owner}, asked at the moment of the command rather than from the
 * user cache: a person who stopped being an admin yesterday must not create a token today. Unknown means no.
 */
public final class SlackWorkspaceAdmins implements WorkspaceAdmins {
    private static final Logger log = LoggerFactory.getLogger(SlackWorkspaceAdmins.class);

    private final SlackClients slack;

    public SlackWorkspaceAdmins(SlackClients slack) {
        this.slack = slack;
    }

    @Override
    public boolean isAdminOrOwner(org.mapbot.plan.domain.Installation installation, String userId) {
        try {
            var info = slack.bot(installation).usersInfo(r -> r.user(userId));
            if (!info.isOk() || info.getUser() == null) {
                log.warn("users.info for {} failed: {}", userId, info.getError());
                return false;
            }
            return info.getUser().isAdmin() || info.getUser().isOwner() || info.getUser().isPrimaryOwner();
        } catch (Exception e) {
            log.warn("users.info for {} failed: {}", userId, e.getMessage());
            return false;
        }
    }
}
