package org.mapbot.sandbox;

import com.google.gson.JsonObject;

/**
 * Removing MAP Bot from a workspace, as Slack does it: the token stops working at once, then the app hears
 * {@code tokens_revoked} and {@code app_uninstalled}, signed like every request, and pauses that workspace's plans.
 */
final class Uninstalling {
    private final SandboxState state;
    private final SlackToApp app;

    Uninstalling(SandboxState state, SlackToApp app) {
        this.state = state;
        this.app = app;
    }

    JsonObject uninstall(Organisation team) {
        JsonObject result = PageJson.ok();
        if (!state.tokens().revoke(team)) {
            return PageJson.error("MAP Bot is not installed in " + team.name() + ".");
        }
        SlackToApp.Reply revoked = app.event("tokens_revoked", team.name() + ": bot token revoked",
                Payloads.tokensRevoked(team, state.clock().instant()));
        SlackToApp.Reply uninstalled = app.event("app_uninstalled", "MAP Bot removed from " + team.name(),
                Payloads.appUninstalled(team, state.clock().instant()));
        result.addProperty("status", uninstalled.status());
        result.addProperty("ok", revoked.ok() && uninstalled.ok());
        return result;
    }
}
