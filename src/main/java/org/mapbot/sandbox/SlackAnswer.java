package org.mapbot.sandbox;

import com.google.gson.JsonObject;

/** Slack's two answer shapes: {@code {"ok":true,…}} and {@code {"ok":false,"error":"<code>"}} (with HTTP 200). */
final class SlackAnswer {
    private SlackAnswer() {
    }

    static JsonObject ok() {
        JsonObject ok = new JsonObject();
        ok.addProperty("ok", true);
        return ok;
    }

    static JsonObject error(String code) {
        JsonObject error = new JsonObject();
        error.addProperty("ok", false);
        error.addProperty("error", code);
        return error;
    }
}
