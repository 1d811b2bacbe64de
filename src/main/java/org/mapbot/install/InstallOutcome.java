package org.mapbot.install;

/** What became of one "Add to Slack": installed in a workspace, or refused for a reason the page names. */
public sealed interface InstallOutcome {

    /** Installed (or reinstalled) in {@code workspaceName}; {@code teamId} is null for an org-wide install. */
    record Installed(String workspaceName, String appId, String teamId, String enterpriseId) implements InstallOutcome {
    }

    /** Not installed; {@code slackError} is Slack's own error code when Slack refused, else null. */
    record Refused(Reason reason, String slackError) implements InstallOutcome {
    }

    enum Reason {
        /** The person chose Cancel on Slack's consent screen. */
        DENIED,
        /** No state, or one this app never issued, or one issued to another browser. */
        WRONG_STATE,
        /** Issued more than ten minutes ago. */
        EXPIRED_STATE,
        /** Already spent by an earlier redirect: a reload, or a copied link. */
        REPLAYED_STATE,
        /** Slack refused the code (expired, already exchanged, wrong redirect URL). */
        SLACK_REFUSED,
        /** Slack could not be reached. */
        SLACK_UNREACHABLE
    }
}
