package org.mapbot.sandbox.limits;

import static org.mapbot.sandbox.limits.Findings.Markup.PLAIN_TEXT_ONLY;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/** Slack's documented limits on block elements: buttons, menus, pickers and inputs. */
final class ElementRules {
    private static final String ELEMENTS = "https://docs.slack.dev/reference/block-kit/block-elements/";
    private static final String BUTTON = ELEMENTS + "button-element";
    private static final String SELECT = ELEMENTS + "select-menu-element";
    private static final String MULTI_SELECT = ELEMENTS + "multi-select-menu-element";
    private static final String OVERFLOW = ELEMENTS + "overflow-menu-element";
    private static final String CHECKBOXES = ELEMENTS + "checkboxes-element";
    private static final String RADIO_BUTTONS = ELEMENTS + "radio-button-group-element";
    private static final String PLAIN_TEXT_INPUT = ELEMENTS + "plain-text-input-element";
    private static final String IMAGE = ELEMENTS + "image-element";

    /** Elements whose only limits are an optional 150-character placeholder and a 255-character action_id. */
    private static final Map<String, String> WITH_PLACEHOLDER = Map.ofEntries(
            Map.entry("users_select", SELECT), Map.entry("conversations_select", SELECT), Map.entry("channels_select", SELECT),
            Map.entry("multi_users_select", MULTI_SELECT), Map.entry("multi_conversations_select", MULTI_SELECT),
            Map.entry("multi_channels_select", MULTI_SELECT),
            Map.entry("datepicker", ELEMENTS + "date-picker-element"), Map.entry("timepicker", ELEMENTS + "time-picker-element"),
            Map.entry("datetimepicker", ELEMENTS + "datetime-picker-element"),
            Map.entry("email_text_input", ELEMENTS + "email-input-element"), Map.entry("url_text_input", ELEMENTS + "url-input-element"),
            Map.entry("number_input", ELEMENTS + "number-input-element"), Map.entry("rich_text_input", ELEMENTS + "rich-text-input-element"),
            Map.entry("file_input", ELEMENTS + "file-input-element"));

    private ElementRules() {
    }

    static void element(Findings f, JsonObject element, String p) {
        String type = Findings.string(element, "type");
        switch (type == null ? "" : type) {
            case "button" -> button(f, element, p);
            case "static_select" -> staticSelect(f, element, p, SELECT, "initial_option");
            case "multi_static_select" -> staticSelect(f, element, p, MULTI_SELECT, "initial_options");
            case "external_select" -> externalSelect(f, element, p, SELECT, "initial_option");
            case "multi_external_select" -> externalSelect(f, element, p, MULTI_SELECT, "initial_options");
            case "overflow" -> overflow(f, element, p);
            case "checkboxes" -> choices(f, element, p, "checkboxes", CHECKBOXES);
            case "radio_buttons" -> choices(f, element, p, "radio buttons", RADIO_BUTTONS);
            case "plain_text_input" -> plainTextInput(f, element, p);
            case "image" -> {
                f.length(element, "image_url", p, "image_url", 3000, IMAGE);
                f.length(element, "alt_text", p, "image alt_text", 2000, IMAGE);
            }
            default -> {
                String doc = WITH_PLACEHOLDER.get(type);
                if (doc == null) {
                    f.add(p + "/type", "unsupported type: " + type, "a known block element type", ELEMENTS.replaceAll("/$", ""));
                    return;
                }
                common(f, element, p, doc);
            }
        }
    }

    private static void button(Findings f, JsonObject button, String p) {
        f.length(button, "action_id", p, "action_id", 255, BUTTON);
        f.text(button, "text", p, "button text", 75, PLAIN_TEXT_ONLY, true, BUTTON);
        f.length(button, "value", p, "button value", 2000, BUTTON);
        f.length(button, "url", p, "button url", 3000, BUTTON);
        f.length(button, "accessibility_label", p, "button accessibility_label", 75, BUTTON);
        OptionRules.confirm(f, button, p);
    }

    private static void staticSelect(Findings f, JsonObject select, String p, String doc, String initial) {
        common(f, select, p, doc);
        JsonArray options = Findings.array(select, "options");
        JsonArray groups = Findings.array(select, "option_groups");
        if ((options == null) == (groups == null)) {
            f.add(p, options == null ? "missing required field: options" : "options and option_groups cannot both be set",
                    "a static menu has options or option_groups", doc);
        }
        if (options != null) {
            OptionRules.menuOptions(f, options, p + "/options", doc);
        }
        if (groups != null) {
            OptionRules.groups(f, groups, p + "/option_groups", doc);
        }
        OptionRules.initial(f, select, initial, p);
    }

    private static void externalSelect(Findings f, JsonObject select, String p, String doc, String initial) {
        common(f, select, p, doc);
        OptionRules.initial(f, select, initial, p);
    }

    private static void overflow(Findings f, JsonObject overflow, String p) {
        f.length(overflow, "action_id", p, "action_id", 255, OVERFLOW);
        // The page says "up to five"; its earlier version (api.slack.com/reference/block-kit/block-elements#overflow)
        // said "Maximum number of options is 5, minimum is 2", which Slack's SDKs still check. The stricter rule holds
        // here: a menu of one entry is a button.
        JsonArray options = f.requiredItems(overflow, "options", p, "overflow options", 2, 5, OVERFLOW);
        for (int i = 0; options != null && i < options.size(); i++) {
            OptionRules.option(f, options.get(i), p + "/options/" + i, PLAIN_TEXT_ONLY, true);
        }
        OptionRules.confirm(f, overflow, p);
    }

    private static void choices(Findings f, JsonObject element, String p, String what, String doc) {
        f.length(element, "action_id", p, "action_id", 255, doc);
        JsonArray options = f.requiredItems(element, "options", p, what + " options", 1, 10, doc);
        for (int i = 0; options != null && i < options.size(); i++) {
            // Checkboxes and radio buttons, unlike menus, may label their options with mrkdwn.
            OptionRules.option(f, options.get(i), p + "/options/" + i, Findings.Markup.PLAIN_TEXT_OR_MRKDWN, false);
        }
        OptionRules.confirm(f, element, p);
    }

    private static void plainTextInput(Findings f, JsonObject input, String p) {
        common(f, input, p, PLAIN_TEXT_INPUT);
        f.between(input, "max_length", p, "plain_text_input max_length", 1, 3000, PLAIN_TEXT_INPUT);
        f.between(input, "min_length", p, "plain_text_input min_length", 0, 3000, PLAIN_TEXT_INPUT);
    }

    /** The action_id, placeholder and confirm that most elements share. */
    private static void common(Findings f, JsonObject element, String p, String doc) {
        f.length(element, "action_id", p, "action_id", 255, doc);
        f.text(element, "placeholder", p, "placeholder", 150, PLAIN_TEXT_ONLY, false, doc);
        OptionRules.confirm(f, element, p);
    }
}
