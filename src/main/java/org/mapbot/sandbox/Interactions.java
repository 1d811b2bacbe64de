package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;
import org.mapbot.sandbox.limits.Refusal;
import org.mapbot.sandbox.limits.SlackLimits;

/**
 * What a person does in the sandbox's Slack, played as Slack plays it: a command, a click, a modal submitted or
 * closed, the Home tab opened. Sends the signed request and applies the app's acknowledgement.
 */
final class Interactions {
    static final String COMMAND = "/map";

    private final SandboxState state;
    private final SlackToApp app;
    private final String baseUrl;

    Interactions(SandboxState state, SlackToApp app, String baseUrl) {
        this.state = state;
        this.app = app;
        this.baseUrl = baseUrl;
    }

    /** Slack's own words when someone types a command their workspace does not have. */
    static String notACommand(String command) {
        return command + " is not a valid command. In Slack, all messages that start with the \"/\" character are "
                + "interpreted as commands. If you are trying to send a message that starts with \"/\", try preceding it with a space.";
    }

    JsonObject command(Person person, Conversation channel, String typed) {
        String[] parts = typed.strip().split("\\s+", 2);
        String command = parts[0];
        String text = parts.length > 1 ? CommandText.escaped(parts[1]) : "";
        // Slash commands exist only in the workspace that installed the app: the customer's Slack never sends them.
        if (!COMMAND.equals(command) || !SandboxCast.isSeller(person)) {
            state.postEphemeral(person.id(), channel.id(), SandboxCast.SLACKBOT, notACommand(command), null);
            return result(false, 0, notACommand(command));
        }
        String responseUrl = baseUrl + "/sandbox/response/" + state.newResponseUrl(new ResponseTarget(person.id(), channel.id(), null, null));
        SlackToApp.Reply reply = app.form("slash command", person.realName() + ": " + typed,
                Payloads.slashCommand(person, channel, command, text, responseUrl, state.newTrigger(person.id())));
        if (!reply.ok()) {
            return failed(person, channel, command, reply.status(), reply.status() == 0 ? "dispatch_failed"
                    : "http_service_error_" + reply.status());
        }
        JsonObject ack = json(reply.body());
        Optional<Refusal> refused = ack == null ? Optional.empty() : SlackLimits.acknowledgement(ack);
        if (refused.isPresent()) {
            state.record().recordRefusal("(command response)", person.realName() + ": " + typed, refused.get());
            return failed(person, channel, command, reply.status(), refused.get().error());
        }
        if (ack != null && (ack.has("text") || ack.has("blocks"))) {
            String ackText = ack.has("text") ? ack.get("text").getAsString() : "";
            if (ack.has("response_type") && "in_channel".equals(ack.get("response_type").getAsString())) {
                state.post(channel.id(), person.id(), typed, null, null, null);
                state.post(channel.id(), SandboxCast.BOT_USER, ackText, ack.has("blocks") ? ack.getAsJsonArray("blocks") : null, null, null);
            } else {
                state.postEphemeral(person.id(), channel.id(), SandboxCast.BOT_USER, ackText,
                        ack.has("blocks") ? ack.getAsJsonArray("blocks") : null);
            }
            return result(true, reply.status(), ackText);
        }
        return result(true, reply.status(), "");
    }

    /** A click on an interactive element of a channel message ({@code ts}) or an ephemeral one ({@code ephemeralId}). */
    JsonObject clickOnMessage(Person person, Conversation channel, String ts, String ephemeralId, JsonObject action, JsonObject values) {
        JsonObject message;
        ResponseTarget target;
        if (ephemeralId != null) {
            Optional<EphemeralMessage> ephemeral = state.ephemeral(ephemeralId);
            if (ephemeral.isEmpty()) {
                return result(false, 0, "That message is gone");
            }
            message = new JsonObject();
            message.addProperty("type", "message");
            message.addProperty("ts", ephemeral.get().ts());
            message.addProperty("text", ephemeral.get().text());
            message.add("blocks", ephemeral.get().blocks());
            target = new ResponseTarget(person.id(), channel.id(), null, ephemeralId);
        } else {
            Optional<Message> found = state.message(channel.id(), ts);
            if (found.isEmpty() || found.get().deleted()) {
                return result(false, 0, "That message is gone");
            }
            message = ChatMethods.messageJson(found.get());
            target = new ResponseTarget(person.id(), channel.id(), ts, null);
        }
        String responseUrl = baseUrl + "/sandbox/response/" + state.newResponseUrl(target);
        JsonObject payload = Payloads.messageAction(person, channel, message, ephemeralId != null, stamped(action), values,
                state.newTrigger(person.id()), responseUrl);
        SlackToApp.Reply reply = app.interaction("block_actions", person.realName() + ": " + describe(action), payload);
        return result(reply.ok(), reply.status(), "");
    }

    JsonObject clickInView(Person person, String viewId, JsonObject action, JsonObject values) {
        Optional<OpenView> view = state.views().view(viewId);
        if (view.isEmpty()) {
            return result(false, 0, "That view is gone");
        }
        JsonObject payload = Payloads.viewAction(person, view.get(), stamped(action), values, state.newTrigger(person.id()));
        SlackToApp.Reply reply = app.interaction("block_actions", person.realName() + ": " + describe(action) + " in " + viewId, payload);
        return result(reply.ok(), reply.status(), "");
    }

    /** Submits a modal and does what the acknowledgement says: close it, show errors, update, push or clear. */
    JsonObject submit(Person person, String viewId, JsonObject values) {
        Optional<OpenView> view = state.views().view(viewId);
        if (view.isEmpty()) {
            return result(false, 0, "That modal is gone");
        }
        String callback = view.get().view().has("callback_id") ? view.get().view().get("callback_id").getAsString() : "";
        SlackToApp.Reply reply = app.interaction("view_submission", person.realName() + ": " + callback,
                Payloads.viewSubmission(person, view.get(), values, state.newTrigger(person.id())));
        JsonObject result = result(reply.ok(), reply.status(), "");
        if (!reply.ok()) {
            result.addProperty("outcome", "failed");
            result.addProperty("text", "We had some trouble connecting. Try again?");
            return result;
        }
        JsonObject ack = json(reply.body());
        Optional<Refusal> refused = ack == null ? Optional.empty() : SlackLimits.acknowledgement(ack);
        if (refused.isPresent()) {
            state.record().recordRefusal("(view_submission response)", person.realName() + ": " + callback, refused.get());
            result.addProperty("outcome", "failed");
            result.addProperty("text", "We had some trouble connecting. Try again?");
            return result;
        }
        String action = ack != null && ack.has("response_action") ? ack.get("response_action").getAsString() : "";
        switch (action) {
            case "errors" -> result.add("errors", ack.getAsJsonObject("errors"));
            case "update" -> state.views().updateView(viewId, ack.getAsJsonObject("view"));
            case "push" -> state.views().pushModal(person.id(), ack.getAsJsonObject("view"));
            case "clear" -> state.views().clearModals(person.id());
            default -> state.views().closeModal(person.id(), viewId);
        }
        result.addProperty("outcome", action.isEmpty() ? "closed" : action);
        return result;
    }

    JsonObject close(Person person, String viewId) {
        Optional<OpenView> view = state.views().view(viewId);
        if (view.isPresent() && view.get().view().has("notify_on_close") && view.get().view().get("notify_on_close").getAsBoolean()) {
            JsonObject payload = Payloads.viewClosed(person, view.get(), state.newTrigger(person.id()));
            app.interaction("view_closed", person.realName() + ": closed " + viewId, payload);
        }
        state.views().closeModal(person.id(), viewId);
        return result(true, 200, "");
    }

    JsonObject openHome(Person person) {
        SlackToApp.Reply reply = app.event("app_home_opened", person.realName() + " opened Home",
                Payloads.appHomeOpened(person, state.views().home(person.id()).orElse(null), state.clock().instant()));
        return result(reply.ok(), reply.status(), "");
    }

    /**
     * {@code person} arrives in the shared channel as Slack tells the app: a person of the other organisation accepts
     * the Slack Connect invitation ({@code shared_channel_invite_accepted}) and joins ({@code member_joined_channel});
     * a colleague only joins.
     */
    JsonObject arrive(Person person) {
        Conversation channel = SandboxCast.sideOf(person.organisation()).shared();
        if (!SandboxCast.isSeller(person)) {
            SlackToApp.Reply accepted = app.event("shared_channel_invite_accepted", person.realName() + " accepted the invitation to #"
                    + channel.name(), Payloads.sharedChannelInviteAccepted(person, channel, state.clock().instant()));
            if (!accepted.ok()) {
                return result(false, accepted.status(), "");
            }
        }
        SlackToApp.Reply joined = app.event("member_joined_channel", person.realName() + " joined #" + channel.name(),
                Payloads.memberJoinedChannel(person, channel, state.clock().instant()));
        return result(joined.ok(), joined.status(), "");
    }

    /** The options of an external select menu in a view, as the app answers Slack's {@code block_suggestion}. */
    JsonObject suggest(Person person, String viewId, String blockId, String actionId, String query) {
        JsonObject result = result(false, 0, "");
        result.add("options", new JsonArray());
        Optional<OpenView> view = state.views().view(viewId);
        if (view.isEmpty()) {
            result.addProperty("text", "That view is gone");
            return result;
        }
        SlackToApp.Reply reply = app.interaction("block_suggestion", person.realName() + ": options for " + actionId + " \""
                + query + "\"", Payloads.blockSuggestion(person, view.get(), blockId, actionId, query));
        JsonObject ack = json(reply.body());
        result.addProperty("status", reply.status());
        if (!reply.ok() || ack == null) {
            return result;
        }
        Optional<Refusal> refused = SlackLimits.optionsAnswer(ack);
        if (refused.isPresent()) {
            state.record().recordRefusal("(block_suggestion response)", person.realName() + ": " + actionId, refused.get());
            return result;
        }
        result.addProperty("ok", true);
        result.add("options", options(ack));
        return result;
    }

    private JsonObject failed(Person person, Conversation channel, String command, int status, String error) {
        String text = command + " failed with the error \"" + error + "\"";
        state.postEphemeral(person.id(), channel.id(), SandboxCast.SLACKBOT, text, null);
        return result(false, status, text);
    }

    /** The page's menu lists grouped options one after another, as it draws static menus with groups. */
    private static JsonArray options(JsonObject ack) {
        if (ack.has("options") && ack.get("options").isJsonArray()) {
            return ack.getAsJsonArray("options");
        }
        JsonArray all = new JsonArray();
        if (ack.has("option_groups") && ack.get("option_groups").isJsonArray()) {
            ack.getAsJsonArray("option_groups").forEach(group -> {
                if (group.isJsonObject() && group.getAsJsonObject().has("options")) {
                    all.addAll(group.getAsJsonObject().getAsJsonArray("options"));
                }
            });
        }
        return all;
    }

    private static String describe(JsonObject action) {
        String id = action.has("action_id") ? action.get("action_id").getAsString() : "?";
        String text = action.has("text") && action.get("text").isJsonObject() ? action.getAsJsonObject("text").get("text").getAsString() : null;
        return action.get("type").getAsString() + " " + id + (text == null ? "" : " \"" + text + "\"");
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonElement json = JsonParser.parseString(body);
            return json.isJsonObject() ? json.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonObject result(boolean ok, int status, String text) {
        JsonObject result = new JsonObject();
        result.addProperty("ok", ok);
        result.addProperty("status", status);
        result.addProperty("text", text);
        return result;
    }

    /** The click's {@code action_ts}, on the sandbox's clock like everything else. */
    private JsonObject stamped(JsonObject action) {
        JsonObject copy = action.deepCopy();
        copy.addProperty("action_ts", state.clock().instant().getEpochSecond() + ".000200");
        return copy;
    }
}
