package org.mapbot.sandbox.limits;

import static org.mapbot.sandbox.limits.Findings.Markup.PLAIN_TEXT_ONLY;
import static org.mapbot.sandbox.limits.Findings.Markup.PLAIN_TEXT_OR_MRKDWN;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;

/** Slack's documented limits on layout blocks, block by block. Each limit names the page that states it. */
final class BlockRules {
    /** "You can include up to 50 blocks in each message, and 100 blocks in modals or Home tabs." */
    static final String BLOCKS = "https://docs.slack.dev/reference/block-kit/blocks";
    static final int MESSAGE_BLOCKS = 50;
    static final int VIEW_BLOCKS = 100;

    private static final String SECTION = "https://docs.slack.dev/reference/block-kit/blocks/section-block";
    private static final String HEADER = "https://docs.slack.dev/reference/block-kit/blocks/header-block";
    private static final String CONTEXT = "https://docs.slack.dev/reference/block-kit/blocks/context-block";
    private static final String ACTIONS = "https://docs.slack.dev/reference/block-kit/blocks/actions-block";
    private static final String INPUT = "https://docs.slack.dev/reference/block-kit/blocks/input-block";
    private static final String IMAGE = "https://docs.slack.dev/reference/block-kit/blocks/image-block";
    /** Blocks whose content the app does not build; only their block_id is checked. */
    private static final Set<String> OTHER_BLOCKS = Set.of("divider", "rich_text", "markdown", "file", "video", "table");

    private BlockRules() {
    }

    /** A surface's {@code blocks}: at most {@code max} of them (50 in a message, 100 in a view), each within its limits. */
    static void blocks(Findings f, JsonArray blocks, String pointer, int max, String surface) {
        f.items(blocks, pointer, "blocks in a " + surface, 0, max, BLOCKS);
        for (int i = 0; i < blocks.size(); i++) {
            block(f, blocks.get(i), pointer + "/" + i);
        }
    }

    private static void block(Findings f, JsonElement element, String p) {
        if (!element.isJsonObject()) {
            f.add(p, "must be an object", "a block is an object", BLOCKS);
            return;
        }
        JsonObject block = element.getAsJsonObject();
        String type = Findings.string(block, "type");
        switch (type == null ? "" : type) {
            case "section" -> section(f, block, p);
            case "header" -> {
                f.length(block, "block_id", p, "block_id", 255, HEADER);
                f.text(block, "text", p, "header text", 150, PLAIN_TEXT_ONLY, true, HEADER);
            }
            case "context" -> context(f, block, p);
            case "actions" -> actions(f, block, p);
            case "input" -> input(f, block, p);
            case "image" -> image(f, block, p);
            default -> {
                if (OTHER_BLOCKS.contains(type)) {
                    f.length(block, "block_id", p, "block_id", 255, BLOCKS);
                } else {
                    f.add(p + "/type", "unsupported type: " + type, "a known block type", BLOCKS);
                }
            }
        }
    }

    private static void section(Findings f, JsonObject block, String p) {
        f.length(block, "block_id", p, "block_id", 255, SECTION);
        JsonArray fields = Findings.array(block, "fields");
        f.text(block, "text", p, "section text", 3000, PLAIN_TEXT_OR_MRKDWN, fields == null, SECTION);
        if (fields != null) {
            f.items(fields, p + "/fields", "section fields", 1, 10, SECTION);
            for (int i = 0; i < fields.size(); i++) {
                f.textObject(fields.get(i), p + "/fields/" + i, "section field", 2000, PLAIN_TEXT_OR_MRKDWN, SECTION);
            }
        }
        JsonObject accessory = Findings.object(block, "accessory");
        if (accessory != null) {
            ElementRules.element(f, accessory, p + "/accessory");
        }
    }

    private static void context(Findings f, JsonObject block, String p) {
        f.length(block, "block_id", p, "block_id", 255, CONTEXT);
        JsonArray elements = f.requiredItems(block, "elements", p, "context elements", 1, 10, CONTEXT);
        for (int i = 0; elements != null && i < elements.size(); i++) {
            JsonElement e = elements.get(i);
            if (e.isJsonObject() && "image".equals(Findings.string(e.getAsJsonObject(), "type"))) {
                ElementRules.element(f, e.getAsJsonObject(), p + "/elements/" + i);
            } else {
                f.textObject(e, p + "/elements/" + i, "context text", 3000, PLAIN_TEXT_OR_MRKDWN, CONTEXT);
            }
        }
    }

    private static void actions(Findings f, JsonObject block, String p) {
        f.length(block, "block_id", p, "block_id", 255, ACTIONS);
        JsonArray elements = f.requiredItems(block, "elements", p, "actions elements", 1, 25, ACTIONS);
        for (int i = 0; elements != null && i < elements.size(); i++) {
            if (elements.get(i).isJsonObject()) {
                ElementRules.element(f, elements.get(i).getAsJsonObject(), p + "/elements/" + i);
            }
        }
    }

    private static void input(Findings f, JsonObject block, String p) {
        f.length(block, "block_id", p, "block_id", 255, INPUT);
        f.text(block, "label", p, "input label", 2000, PLAIN_TEXT_ONLY, true, INPUT);
        f.text(block, "hint", p, "input hint", 2000, PLAIN_TEXT_ONLY, false, INPUT);
        JsonObject element = Findings.object(block, "element");
        if (element == null) {
            f.add(p, "missing required field: element", "an input's element is required", INPUT);
        } else {
            ElementRules.element(f, element, p + "/element");
        }
    }

    private static void image(Findings f, JsonObject block, String p) {
        f.length(block, "block_id", p, "block_id", 255, IMAGE);
        f.length(block, "image_url", p, "image_url", 3000, IMAGE);
        f.length(block, "alt_text", p, "image alt_text", 2000, IMAGE);
        f.text(block, "title", p, "image title", 2000, PLAIN_TEXT_ONLY, false, IMAGE);
    }
}
