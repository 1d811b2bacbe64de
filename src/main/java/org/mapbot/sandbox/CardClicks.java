package org.mapbot.sandbox;

import static org.mapbot.sandbox.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code block_actions} entry Slack would send for a click on a plan card, found by what a person sees: the
 * step's title and the button's label or the menu entry's text.
 */
final class CardClicks {
    private CardClicks() {
    }

    private record Element(String blockId, JsonObject element) {
    }

    /** A click on the button labelled {@code label} of the step titled {@code step}. */
    static Optional<JsonObject> button(JsonArray blocks, String step, String label) {
        return elements(blocks, step).stream()
                .filter(e -> "button".equals(string(e.element(), "type"))
                        && label.equals(e.element().getAsJsonObject("text").get("text").getAsString()))
                .findFirst()
                .map(e -> action(e, null));
    }

    /** A pick of the entry {@code label} from the overflow menu of the step titled {@code step}. */
    static Optional<JsonObject> menuOption(JsonArray blocks, String step, String label) {
        return elements(blocks, step).stream()
                .filter(e -> "overflow".equals(string(e.element(), "type")))
                .flatMap(e -> {
                    List<JsonObject> found = new ArrayList<>();
                    e.element().getAsJsonArray("options").forEach(o -> {
                        if (label.equals(o.getAsJsonObject().getAsJsonObject("text").get("text").getAsString())) {
                            found.add(action(e, o.getAsJsonObject()));
                        }
                    });
                    return found.stream();
                })
                .findFirst();
    }

    /**
     * The interactive elements of the step titled {@code step}: those of the first actions block after the section
     * that names it ({@code *3. Technical test*}); with no step, those of every actions block.
     */
    private static List<Element> elements(JsonArray blocks, String step) {
        List<Element> found = new ArrayList<>();
        boolean inStep = step == null;
        for (int b = 0; b < blocks.size(); b++) {
            JsonObject block = blocks.get(b).getAsJsonObject();
            String type = string(block, "type");
            if (step != null && "section".equals(type) && block.has("text")) {
                String text = block.getAsJsonObject("text").get("text").getAsString();
                inStep = text.contains(". " + step + "*") || text.contains(". " + step + "~");
                continue;
            }
            if (inStep && "actions".equals(type)) {
                String blockId = block.has("block_id") ? block.get("block_id").getAsString() : "b" + b;
                block.getAsJsonArray("elements").forEach(e -> found.add(new Element(blockId, e.getAsJsonObject())));
                if (step != null) {
                    break;
                }
            }
        }
        return found;
    }

    private static JsonObject action(Element e, JsonObject selectedOption) {
        JsonObject action = new JsonObject();
        action.addProperty("type", string(e.element(), "type"));
        action.addProperty("action_id", e.element().has("action_id") ? e.element().get("action_id").getAsString() : "");
        action.addProperty("block_id", e.blockId());
        if (e.element().has("text")) {
            action.add("text", e.element().get("text"));
        }
        if (e.element().has("value")) {
            action.add("value", e.element().get("value"));
        }
        if (selectedOption != null) {
            action.add("selected_option", selectedOption);
        }
        return action;
    }
}
