package org.mapbot.sandbox.limits;

import static org.mapbot.sandbox.limits.Findings.Markup.PLAIN_TEXT_ONLY;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Slack's documented limits on a view: a modal or a Home tab. */
final class ViewRules {
    private static final String MODAL = "https://docs.slack.dev/reference/views/modal-views";
    private static final String HOME = "https://docs.slack.dev/reference/views/home-tab-views";

    private ViewRules() {
    }

    static void view(Findings f, JsonObject view, String p) {
        String type = Findings.string(view, "type");
        if (!"modal".equals(type) && !"home".equals(type)) {
            f.add(p + "/type", "must be a valid enum value", "a view is a modal or a home tab", MODAL);
            return;
        }
        String doc = "modal".equals(type) ? MODAL : HOME;
        JsonArray blocks = Findings.array(view, "blocks");
        if (blocks == null) {
            f.add(p, "missing required field: blocks", "a view has blocks", doc);
        } else {
            BlockRules.blocks(f, blocks, p + "/blocks", BlockRules.VIEW_BLOCKS, type + " view");
        }
        f.length(view, "private_metadata", p, "private_metadata", 3000, doc);
        f.length(view, "callback_id", p, "callback_id", 255, doc);
        f.length(view, "external_id", p, "external_id", 255, doc);
        if ("modal".equals(type)) {
            f.text(view, "title", p, "modal title", 24, PLAIN_TEXT_ONLY, true, MODAL);
            f.text(view, "submit", p, "modal submit", 24, PLAIN_TEXT_ONLY, false, MODAL);
            f.text(view, "close", p, "modal close", 24, PLAIN_TEXT_ONLY, false, MODAL);
            if (!view.has("submit") && blocks != null && hasInput(blocks)) {
                f.add(p, "missing required field: submit", "modal submit: required when the modal has input blocks", MODAL);
            }
        }
    }

    private static boolean hasInput(JsonArray blocks) {
        for (JsonElement block : blocks) {
            if (block.isJsonObject() && "input".equals(Findings.string(block.getAsJsonObject(), "type"))) {
                return true;
            }
        }
        return false;
    }
}
