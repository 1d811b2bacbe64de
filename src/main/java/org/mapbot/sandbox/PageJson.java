package org.mapbot.sandbox;

import com.google.gson.JsonObject;

/** The shapes of the page API's answers that are not the bot's: a bare ok, and a refusal the page shows as it is. */
final class PageJson {
    private PageJson() {
    }

    static JsonObject ok() {
        JsonObject ok = new JsonObject();
        ok.addProperty("ok", true);
        return ok;
    }

    static JsonObject error(String text) {
        JsonObject error = new JsonObject();
        error.addProperty("ok", false);
        error.addProperty("text", text);
        return error;
    }
}
