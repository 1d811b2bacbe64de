package org.mapbot.slack;

/** A call for a workspace MAP Bot is not (or no longer) installed in: there is no token to send it with. */
public final class NotInstalledException extends IllegalStateException {
    public NotInstalledException(String enterpriseId, String teamId) {
        super("MAP Bot is not installed in workspace " + teamId + (enterpriseId == null ? "" : " of " + enterpriseId));
    }
}
