package org.mapbot.sandbox.limits;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.function.IntFunction;

/** Small Block Kit JSON builders for the limit tables: just enough structure around the one value under test. */
final class BlockJson {
    private BlockJson() {
    }

    static String chars(int n) {
        return "x".repeat(n);
    }

    static JsonObject text(String type, String text) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        o.addProperty("text", text);
        return o;
    }

    static JsonObject plain(String text) {
        return text("plain_text", text);
    }

    static JsonObject mrkdwn(String text) {
        return text("mrkdwn", text);
    }

    static JsonObject section(String text) {
        JsonObject block = block("section");
        block.add("text", mrkdwn(text));
        return block;
    }

    static JsonObject sectionWith(JsonObject accessory) {
        JsonObject block = section("Pick one");
        block.add("accessory", accessory);
        return block;
    }

    static JsonObject block(String type) {
        JsonObject block = new JsonObject();
        block.addProperty("type", type);
        return block;
    }

    static JsonObject with(JsonObject o, String field, Object value) {
        if (value instanceof JsonObject || value instanceof JsonArray) {
            o.add(field, (com.google.gson.JsonElement) value);
        } else if (value instanceof Number number) {
            o.addProperty(field, number);
        } else {
            o.addProperty(field, String.valueOf(value));
        }
        return o;
    }

    static JsonArray times(int n, IntFunction<JsonObject> item) {
        JsonArray array = new JsonArray();
        for (int i = 0; i < n; i++) {
            array.add(item.apply(i));
        }
        return array;
    }

    static JsonObject button(String text) {
        JsonObject button = block("button");
        button.add("text", plain(text));
        button.addProperty("action_id", "click");
        button.addProperty("value", "1");
        return button;
    }

    static JsonObject actions(JsonObject... elements) {
        return with(block("actions"), "elements", array(elements));
    }

    static JsonArray array(JsonObject... items) {
        JsonArray list = new JsonArray();
        for (JsonObject item : items) {
            list.add(item);
        }
        return list;
    }

    static JsonObject option(JsonObject text, String value) {
        JsonObject option = new JsonObject();
        option.add("text", text);
        option.addProperty("value", value);
        return option;
    }

    static JsonObject staticSelect(JsonArray options) {
        return with(with(block("static_select"), "action_id", "pick"), "options", options);
    }

    static JsonObject overflow(int options) {
        return with(with(block("overflow"), "action_id", "more"), "options", times(options, i -> option(plain("Item " + i), "v" + i)));
    }

    static JsonObject input(String label, JsonObject element) {
        JsonObject block = block("input");
        block.addProperty("block_id", "field");
        block.add("label", plain(label));
        block.add("element", element);
        return block;
    }

    static JsonObject textInput() {
        return with(block("plain_text_input"), "action_id", "value");
    }

    /** Message parameters as Slack's SDK sends them once parsed: some text and the blocks. */
    static JsonObject message(JsonObject... blocks) {
        return messageOf(array(blocks));
    }

    static JsonObject messageOf(JsonArray blocks) {
        JsonObject params = new JsonObject();
        params.addProperty("channel", "C0SHARED");
        params.addProperty("text", "fallback");
        params.add("blocks", blocks);
        return params;
    }

    static JsonObject modal(JsonObject... blocks) {
        return modalOf(array(blocks));
    }

    static JsonObject modalOf(JsonArray blocks) {
        JsonObject view = block("modal");
        view.add("title", plain("New date"));
        view.add("submit", plain("Save"));
        view.add("close", plain("Cancel"));
        view.addProperty("callback_id", "new_date");
        view.add("blocks", blocks);
        return view;
    }

    /** views.open parameters around a view. */
    static JsonObject opening(JsonObject view) {
        JsonObject params = new JsonObject();
        params.addProperty("trigger_id", "1.2.3");
        params.add("view", view);
        return params;
    }
}
