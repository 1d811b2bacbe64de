package org.mapbot.sandbox.limits;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Optional;
import java.util.Set;

/**
 * What Slack refuses for breaking its documented limits, checked the way Slack checks before it accepts a message or a
 * view: both stand-ins for Slack (the sandbox's and the tests') ask here, so the app meets real Slack's refusals before
 * real Slack does. Messages that break a block limit get {@code invalid_blocks}, over-long message text
 * {@code msg_too_long}, views {@code invalid_arguments}; each with the failing places in {@code response_metadata}.
 */
public final class SlackLimits {
    /** "Slack will truncate messages containing more than 40,000 characters"; the methods answer {@code msg_too_long}. */
    private static final String MESSAGE_TEXT = "https://docs.slack.dev/reference/methods/chat.postMessage";
    private static final int MESSAGE_TEXT_MAX = 40_000;
    /** "The options array can have a maximum number of 100 options", likewise 100 option groups. */
    private static final String OPTIONS_LOAD = "https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element";

    private static final Set<String> MESSAGE_METHODS = Set.of("chat.postMessage", "chat.postEphemeral", "chat.update",
            "chat.scheduleMessage");
    private static final Set<String> VIEW_METHODS = Set.of("views.open", "views.push", "views.update", "views.publish");

    private SlackLimits() {
    }

    /** A Web API call, with its parameters as one JSON object ({@code blocks} and {@code view} as JSON, not text). */
    public static Optional<Refusal> webApiCall(String method, JsonObject params) {
        if (MESSAGE_METHODS.contains(method)) {
            return message(method, params);
        }
        if (VIEW_METHODS.contains(method)) {
            Findings f = new Findings();
            JsonObject view = json(params.get("view"));
            if (view != null) {
                ViewRules.view(f, view, "/view");
            }
            return refusal(method, "invalid_arguments", f);
        }
        return Optional.empty();
    }

    /**
     * A message given as a body rather than as API parameters: what the app posts to a {@code response_url}, or
     * answers a slash command with. The same limits hold as for {@code chat.postMessage}.
     */
    public static Optional<Refusal> messageBody(String call, JsonObject body) {
        return message(call, body);
    }

    /** A {@code view_submission} answer that updates or pushes a view: that view must be within the limits too. */
    public static Optional<Refusal> viewSubmissionAnswer(JsonObject answer) {
        String action = Findings.string(answer, "response_action");
        JsonObject view = Findings.object(answer, "view");
        if (view == null || !("update".equals(action) || "push".equals(action))) {
            return Optional.empty();
        }
        Findings f = new Findings();
        ViewRules.view(f, view, "/view");
        return refusal("view_submission response", "invalid_arguments", f);
    }

    /** The options the app answers a {@code block_suggestion} with, for an external select menu. */
    public static Optional<Refusal> optionsAnswer(JsonObject answer) {
        Findings f = new Findings();
        JsonArray options = Findings.array(answer, "options");
        JsonArray groups = Findings.array(answer, "option_groups");
        if (options != null) {
            OptionRules.menuOptions(f, options, "/options", OPTIONS_LOAD);
        }
        if (groups != null) {
            OptionRules.groups(f, groups, "/option_groups", OPTIONS_LOAD);
        }
        return refusal("block_suggestion response", "invalid_arguments", f);
    }

    /**
     * What the app answered a request from Slack with, in the HTTP response: a slash command's reply (a message), a
     * {@code view_submission}'s response action, or a {@code block_suggestion}'s options. Other answers are empty.
     */
    public static Optional<Refusal> acknowledgement(JsonObject ack) {
        if (ack.has("response_action")) {
            return viewSubmissionAnswer(ack);
        }
        if (ack.has("options") || ack.has("option_groups")) {
            return optionsAnswer(ack);
        }
        if (ack.has("text") || ack.has("blocks")) {
            return messageBody("slash command response", ack);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> message(String call, JsonObject params) {
        String text = Findings.string(params, "text");
        if (text != null && Findings.characters(text) > MESSAGE_TEXT_MAX) {
            Findings f = new Findings();
            f.add("/text", "must be less than " + (MESSAGE_TEXT_MAX + 1) + " characters",
                    "message text: at most " + MESSAGE_TEXT_MAX + " characters", MESSAGE_TEXT);
            return refusal(call, "msg_too_long", f);
        }
        JsonElement blocks = params.get("blocks");
        if (blocks == null || blocks.isJsonNull()) {
            return Optional.empty();
        }
        Findings f = new Findings();
        JsonElement parsed = blocks.isJsonPrimitive() ? parse(blocks.getAsString()) : blocks;
        if (parsed == null || !parsed.isJsonArray()) {
            f.add("/blocks", "must be an array", "blocks are a JSON array", BlockRules.BLOCKS);
        } else {
            BlockRules.blocks(f, parsed.getAsJsonArray(), "/blocks", BlockRules.MESSAGE_BLOCKS, "message");
        }
        return refusal(call, "invalid_blocks", f);
    }

    private static Optional<Refusal> refusal(String call, String error, Findings f) {
        return f.isEmpty() ? Optional.empty() : Optional.of(new Refusal(call, error, f.all()));
    }

    /** A view or blocks parameter: JSON already, or JSON text inside a form field. */
    private static JsonObject json(JsonElement value) {
        JsonElement parsed = value != null && value.isJsonPrimitive() ? parse(value.getAsString()) : value;
        return parsed != null && parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
    }

    private static JsonElement parse(String text) {
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            return null;
        }
    }
}
