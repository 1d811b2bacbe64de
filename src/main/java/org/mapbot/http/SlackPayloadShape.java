package org.mapbot.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a signed request has the shape Slack gives its requests, checked before Bolt parses it: a form with
 * {@code command} and {@code user_id} (a slash command), a form whose {@code payload} is a JSON object with its type's
 * essentials (a user; actions for a click; a view for a form), or an Events API JSON object with a type. Anything else
 * was not sent by Slack, whoever signed it, and gets a 400 instead of failing deep inside the app.
 */
final class SlackPayloadShape {
    private SlackPayloadShape() {
    }

    static boolean isValid(String contentType, String body) {
        try {
            if (contentType != null && contentType.toLowerCase().startsWith("application/json")) {
                return hasType(JsonParser.parseString(body));
            }
            Map<String, String> form = form(body);
            if (form.containsKey("payload")) {
                return isInteraction(JsonParser.parseString(form.get("payload")));
            }
            return form.containsKey("command") && form.containsKey("user_id") || form.containsKey("ssl_check");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean hasType(JsonElement json) {
        return json.isJsonObject() && json.getAsJsonObject().has("type") && json.getAsJsonObject().get("type").isJsonPrimitive();
    }

    private static boolean isInteraction(JsonElement json) {
        if (!hasType(json)) {
            return false;
        }
        JsonObject payload = json.getAsJsonObject();
        boolean user = payload.has("user") && payload.get("user").isJsonObject() && payload.getAsJsonObject("user").has("id");
        return switch (payload.get("type").getAsString()) {
            case "block_actions" -> user && payload.has("actions") && payload.get("actions").isJsonArray()
                    && !payload.getAsJsonArray("actions").isEmpty();
            case "view_submission", "view_closed" -> user && payload.has("view") && payload.get("view").isJsonObject();
            case "block_suggestion" -> user;
            default -> true; // other kinds Bolt answers itself (shortcuts, message actions)
        };
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }
}
