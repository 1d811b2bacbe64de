package org.mapbot.sandbox.limits;

import static org.mapbot.sandbox.limits.Findings.Markup.PLAIN_TEXT_ONLY;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Slack's documented limits on composition objects: options, option groups and confirmation dialogs. */
final class OptionRules {
    private static final String OPTION = "https://docs.slack.dev/reference/block-kit/composition-objects/option-object";
    private static final String OPTION_GROUP = "https://docs.slack.dev/reference/block-kit/composition-objects/option-group-object";
    private static final String CONFIRM = "https://docs.slack.dev/reference/block-kit/composition-objects/confirmation-dialog-object";

    private OptionRules() {
    }

    /** A menu's {@code options}: at most 100, each with plain text (menus cannot show mrkdwn). */
    static void menuOptions(Findings f, JsonArray options, String p, String doc) {
        f.items(options, p, "menu options", 0, 100, doc);
        for (int i = 0; i < options.size(); i++) {
            option(f, options.get(i), p + "/" + i, PLAIN_TEXT_ONLY, false);
        }
    }

    /** A menu's {@code option_groups}: at most 100 groups of at most 100 options each. */
    static void groups(Findings f, JsonArray groups, String p, String doc) {
        f.items(groups, p, "menu option_groups", 0, 100, doc);
        for (int i = 0; i < groups.size(); i++) {
            if (!groups.get(i).isJsonObject()) {
                f.add(p + "/" + i, "must be an object", "an option group is an object", OPTION_GROUP);
                continue;
            }
            JsonObject group = groups.get(i).getAsJsonObject();
            f.text(group, "label", p + "/" + i, "option group label", 75, PLAIN_TEXT_ONLY, true, OPTION_GROUP);
            JsonArray options = f.requiredItems(group, "options", p + "/" + i, "options in a group", 1, 100, OPTION_GROUP);
            for (int j = 0; options != null && j < options.size(); j++) {
                option(f, options.get(j), p + "/" + i + "/options/" + j, PLAIN_TEXT_ONLY, false);
            }
        }
    }

    /** {@code initial_option} (one object) or {@code initial_options} (an array), checked as options. */
    static void initial(Findings f, JsonObject element, String field, String p) {
        JsonElement initial = element.get(field);
        if (initial == null || initial.isJsonNull()) {
            return;
        }
        if (initial.isJsonArray()) {
            for (int i = 0; i < initial.getAsJsonArray().size(); i++) {
                option(f, initial.getAsJsonArray().get(i), p + "/" + field + "/" + i, PLAIN_TEXT_ONLY, false);
            }
        } else {
            option(f, initial, p + "/" + field, PLAIN_TEXT_ONLY, false);
        }
    }

    /** One option: text of at most 75 characters, a value of at most 150, a url (overflow menus only) of at most 3000. */
    static void option(Findings f, JsonElement element, String p, Findings.Markup markup, boolean urlAllowed) {
        if (!element.isJsonObject()) {
            f.add(p, "must be an object", "an option is an object", OPTION);
            return;
        }
        JsonObject option = element.getAsJsonObject();
        f.text(option, "text", p, "option text", 75, markup, true, OPTION);
        f.required(option, "value", p, "option value", OPTION);
        f.length(option, "value", p, "option value", 150, OPTION);
        f.text(option, "description", p, "option description", 75, markup, false, OPTION);
        if (urlAllowed) {
            f.length(option, "url", p, "option url", 3000, OPTION);
        } else if (option.has("url")) {
            f.add(p + "/url", "url is only allowed in overflow menus", "option url: overflow menus only", OPTION);
        }
    }

    /** An element's optional confirmation dialog. */
    static void confirm(Findings f, JsonObject element, String p) {
        JsonObject confirm = Findings.object(element, "confirm");
        if (confirm == null) {
            return;
        }
        String c = p + "/confirm";
        f.text(confirm, "title", c, "confirm title", 100, PLAIN_TEXT_ONLY, true, CONFIRM);
        // The page calls text plain_text, but its own example (and Slack) accept mrkdwn there.
        f.text(confirm, "text", c, "confirm text", 300, Findings.Markup.PLAIN_TEXT_OR_MRKDWN, true, CONFIRM);
        f.text(confirm, "confirm", c, "confirm button", 30, PLAIN_TEXT_ONLY, true, CONFIRM);
        f.text(confirm, "deny", c, "deny button", 30, PLAIN_TEXT_ONLY, true, CONFIRM);
    }
}
