package org.mapbot.sandbox;

import com.google.gson.JsonObject;

/** Reading Slack's JSON, where a field may be missing or of another kind than expected. */
final class JsonFields {
    private JsonFields() {
    }

    /** The field as text when it is a string, number or boolean; null otherwise. */
    static String string(JsonObject o, String name) {
        return o != null && o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : null;
    }
}
