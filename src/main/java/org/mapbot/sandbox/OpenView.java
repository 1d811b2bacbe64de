package org.mapbot.sandbox;

import com.google.gson.JsonObject;

/** A modal or Home tab the bot opened or published for one person; the hash changes with every update. */
public record OpenView(String id, String personId, JsonObject view, String hash) {

    /** The view as Slack echoes it back: what the bot sent, plus its id, hash, the installing team and the bot. */
    JsonObject echoed() {
        JsonObject echoed = view.deepCopy();
        echoed.addProperty("id", id);
        echoed.addProperty("hash", hash);
        String installed = SandboxCast.person(personId).map(SandboxCast::installationFor).orElse(SandboxCast.SELLER).teamId();
        echoed.addProperty("team_id", installed);
        echoed.addProperty("app_installed_team_id", installed);
        echoed.addProperty("bot_id", SandboxCast.BOT_ID);
        return echoed;
    }
}
