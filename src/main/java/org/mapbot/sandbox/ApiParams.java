package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapbot.text.TextCut;

/**
 * The parameters of one Web API call. Slack's SDK posts forms, with structured parameters ({@code blocks},
 * {@code view}, …) as JSON text inside a field; other clients post JSON bodies. Both end up as one JSON object.
 */
public final class ApiParams {
    private static final Set<String> JSON_FIELDS = Set.of("blocks", "attachments", "view", "files", "metadata");

    private final JsonObject params;

    private ApiParams(JsonObject params) {
        this.params = params;
    }

    public static ApiParams parse(String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType != null && contentType.contains("json") && !text.isBlank()) {
            return new ApiParams(JsonParser.parseString(text).getAsJsonObject());
        }
        JsonObject params = new JsonObject();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            params.add(name, JSON_FIELDS.contains(name) ? jsonOrText(value) : new com.google.gson.JsonPrimitive(value));
        }
        return new ApiParams(params);
    }

    private static JsonElement jsonOrText(String value) {
        try {
            return JsonParser.parseString(value);
        } catch (JsonParseException e) {
            return new com.google.gson.JsonPrimitive(value);
        }
    }

    /** All parameters as one JSON object (a copy), structured ones as JSON: what Slack's limits are checked on. */
    public JsonObject json() {
        return params.deepCopy();
    }

    public String string(String name) {
        JsonElement value = params.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    public boolean has(String name) {
        String value = string(name);
        return value != null && !value.isEmpty();
    }

    public boolean flag(String name) {
        return "true".equalsIgnoreCase(string(name)) || "1".equals(string(name));
    }

    /** {@code blocks} as an array, or null when absent. */
    public JsonArray blocks() {
        JsonElement value = params.get("blocks");
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : null;
    }

    public JsonObject object(String name) {
        JsonElement value = params.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    public JsonArray array(String name) {
        JsonElement value = params.get(name);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : null;
    }

    /** A one-line summary for the call log: the identifying parameters, then the text, cut short. */
    public String summary() {
        String ids = params.keySet().stream()
                .filter(k -> Set.of("channel", "channel_id", "user", "user_id", "users", "ts", "thread_ts", "view_id",
                        "trigger_id", "filename", "message_ts").contains(k))
                .map(k -> k + "=" + string(k))
                .collect(Collectors.joining(" "));
        String text = string("text");
        if (text == null && params.has("view")) {
            JsonObject view = object("view");
            text = view == null ? null : "view " + (view.has("callback_id") ? view.get("callback_id").getAsString() : "")
                    + " (" + (view.has("blocks") ? view.getAsJsonArray("blocks").size() : 0) + " blocks)";
        } else if (params.has("blocks")) {
            JsonArray blocks = blocks();
            text = (text == null ? "" : text + " ") + "(" + (blocks == null ? 0 : blocks.size()) + " blocks)";
        }
        String summary = (ids + (text == null ? "" : " " + text)).strip();
        return TextCut.shorten(summary, 160);
    }
}
