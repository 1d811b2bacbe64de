package org.mapbot.testkit;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * What Slack sends when someone opens or types into an external select menu of a modal ({@code block_suggestion}),
 * as a form for {@link SlackRequests#postForm}: the app answers with the menu's options.
 */
public final class BlockSuggestion {
    private BlockSuggestion() {
    }

    public static Map<String, String> inModal(String userId, String teamId, String callbackId, String blockId, String actionId,
                                              String typed) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_suggestion");
        payload.add("team", SlackRequests.team(teamId));
        payload.add("user", SlackRequests.user(userId, teamId));
        payload.addProperty("api_app_id", "A0MAPBOT");
        payload.addProperty("token", "legacy-token-unused");
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "V0VIEW");
        payload.add("container", container);
        JsonObject view = new JsonObject();
        view.addProperty("id", "V0VIEW");
        view.addProperty("type", "modal");
        view.addProperty("team_id", teamId);
        view.addProperty("callback_id", callbackId);
        view.addProperty("app_installed_team_id", Slackers.SELLER_TEAM);
        view.add("state", new JsonObject());
        payload.add("view", view);
        payload.addProperty("block_id", blockId);
        payload.addProperty("action_id", actionId);
        payload.addProperty("value", typed);
        payload.addProperty("is_enterprise_install", false);
        return Map.of("payload", payload.toString());
    }
}
