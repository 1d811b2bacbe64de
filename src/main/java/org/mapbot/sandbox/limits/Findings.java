package org.mapbot.sandbox.limits;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations found while walking one call, and the checks every rule is made of: a string's length, an array's
 * size, a text object's type and length. Problems are worded as Slack words them in {@code response_metadata}.
 */
final class Findings {
    /** Which text objects Slack accepts in a field. */
    enum Markup { PLAIN_TEXT_ONLY, PLAIN_TEXT_OR_MRKDWN }

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> all() {
        return List.copyOf(violations);
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    void add(String pointer, String problem, String limit, String doc) {
        violations.add(new Violation(pointer, problem, limit, doc));
    }

    /** {@code parent.field}, when present, is a string of at most {@code max} characters. */
    void length(JsonObject parent, String field, String pointer, String what, int max, String doc) {
        String value = string(parent, field);
        if (value != null && characters(value) > max) {
            add(pointer + "/" + field, "must be less than " + (max + 1) + " characters", what + ": at most " + max + " characters", doc);
        }
    }

    /** {@code parent.field} is present and not empty. */
    void required(JsonObject parent, String field, String pointer, String what, String doc) {
        JsonElement value = parent.get(field);
        if (value == null || value.isJsonNull()) {
            add(pointer, "missing required field: " + field, what + " is required", doc);
        } else if (value.isJsonPrimitive() && value.getAsString().isEmpty()) {
            add(pointer + "/" + field, "must be more than 0 characters", what + " is required", doc);
        }
    }

    /** An array of {@code min} to {@code max} items. */
    void items(JsonArray array, String pointer, String what, int min, int max, String doc) {
        if (array.size() > max) {
            add(pointer, "no more than " + max + " items allowed", what + ": at most " + max, doc);
        } else if (array.size() < min) {
            add(pointer, "must provide at least " + min + (min == 1 ? " item" : " items"), what + ": at least " + min, doc);
        }
    }

    /** {@code parent.field} is an array of {@code min} to {@code max} items; returns it, or null when it is missing. */
    JsonArray requiredItems(JsonObject parent, String field, String pointer, String what, int min, int max, String doc) {
        JsonArray array = array(parent, field);
        if (array == null) {
            add(pointer, "missing required field: " + field, what + " are required", doc);
        } else {
            items(array, pointer + "/" + field, what, min, max, doc);
        }
        return array;
    }

    /** {@code parent.field}, when a number, lies between {@code min} and {@code max}. */
    void between(JsonObject parent, String field, String pointer, String what, int min, int max, String doc) {
        JsonElement value = parent.get(field);
        if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            int n = value.getAsInt();
            if (n < min || n > max) {
                add(pointer + "/" + field, "must be between " + min + " and " + max, what + ": " + min + " to " + max, doc);
            }
        }
    }

    /** {@code parent.field} is a text object (required or optional) with at most {@code max} characters of text. */
    void text(JsonObject parent, String field, String pointer, String what, int max, Markup markup, boolean required, String doc) {
        JsonElement value = parent.get(field);
        if (value == null || value.isJsonNull()) {
            if (required) {
                add(pointer, "missing required field: " + field, what + " is required", doc);
            }
            return;
        }
        textObject(value, pointer + "/" + field, what, max, markup, doc);
    }

    /** A text object: {@code plain_text} (or {@code mrkdwn} where allowed) with 1 to {@code max} characters of text. */
    void textObject(JsonElement value, String pointer, String what, int max, Markup markup, String doc) {
        if (!value.isJsonObject()) {
            add(pointer, "must be an object", what + ": a text object", doc);
            return;
        }
        JsonObject text = value.getAsJsonObject();
        String type = string(text, "type");
        boolean known = "plain_text".equals(type) || "mrkdwn".equals(type);
        if (!known || (markup == Markup.PLAIN_TEXT_ONLY && !"plain_text".equals(type))) {
            add(pointer + "/type", "must be a valid enum value",
                    what + (markup == Markup.PLAIN_TEXT_ONLY ? ": plain_text only" : ": plain_text or mrkdwn"), doc);
        }
        String content = string(text, "text");
        if (content == null) {
            add(pointer, "missing required field: text", what + " needs text", doc);
        } else if (content.isEmpty()) {
            add(pointer + "/text", "must be more than 0 characters", what + ": at least 1 character", doc);
        } else if (characters(content) > max) {
            add(pointer + "/text", "must be less than " + (max + 1) + " characters", what + ": at most " + max + " characters", doc);
        }
    }

    /** Slack counts characters, not UTF-16 units: an emoji is one. */
    static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    static String string(JsonObject parent, String field) {
        JsonElement value = parent == null ? null : parent.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    static JsonObject object(JsonObject parent, String field) {
        JsonElement value = parent.get(field);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    static JsonArray array(JsonObject parent, String field) {
        JsonElement value = parent.get(field);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : null;
    }
}
