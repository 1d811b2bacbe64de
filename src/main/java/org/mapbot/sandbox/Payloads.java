package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Slack sends the app, built as Slack builds it: slash-command forms, {@code block_actions},
 * {@code view_submission} and {@code block_suggestion} payloads with the acting person's own team, and Events API envelopes
 * (the Home tab opened, someone joining a channel or accepting the Slack Connect invitation).
 */
final class Payloads {
    private Payloads() {
    }

    static Map<String, String> slashCommand(Person person, Conversation channel, String command, String text,
                                            String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "sandbox-verification-token");
        form.put("team_id", person.teamId());
        form.put("team_domain", person.organisation().domain());
        form.put("channel_id", channel.id());
        form.put("channel_name", channel.kind() == Conversation.Kind.DM ? "directmessage" : channel.name());
        form.put("user_id", person.id());
        form.put("user_name", person.name());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", SandboxCast.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form;
    }

    /** A click on a message in a channel (ephemeral or not). */
    static JsonObject messageAction(Person person, Conversation channel, JsonObject message, boolean ephemeral,
                                    JsonObject action, JsonObject values, String triggerId, String responseUrl) {
        JsonObject payload = interaction("block_actions", person, triggerId);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", message.get("ts").getAsString());
        container.addProperty("channel_id", channel.id());
        container.addProperty("is_ephemeral", ephemeral);
        if (message.has("thread_ts")) {
            container.addProperty("thread_ts", message.get("thread_ts").getAsString()); // a reply in a thread, as Slack says
        }
        payload.add("container", container);
        JsonObject channelJson = new JsonObject();
        channelJson.addProperty("id", channel.id());
        channelJson.addProperty("name", channel.kind() == Conversation.Kind.DM ? "directmessage" : channel.name());
        payload.add("channel", channelJson);
        payload.add("message", message);
        payload.add("state", state(values));
        payload.addProperty("response_url", responseUrl);
        payload.add("actions", actions(action));
        return payload;
    }

    /** A click inside a modal or the Home tab. */
    static JsonObject viewAction(Person person, OpenView view, JsonObject action, JsonObject values, String triggerId) {
        JsonObject payload = interaction("block_actions", person, triggerId);
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", view.id());
        payload.add("container", container);
        payload.add("view", view(view, values));
        payload.add("actions", actions(action));
        return payload;
    }

    static JsonObject viewSubmission(Person person, OpenView view, JsonObject values, String triggerId) {
        JsonObject payload = interaction("view_submission", person, triggerId);
        payload.add("view", view(view, values));
        payload.add("response_urls", new JsonArray());
        return payload;
    }

    /** Someone opened or typed into an external select menu in a view: Slack asks the app for the menu's options. */
    static JsonObject blockSuggestion(Person person, OpenView view, String blockId, String actionId, String query) {
        JsonObject payload = interaction("block_suggestion", person, null);
        payload.remove("trigger_id"); // options requests carry none: nothing can be opened from a menu's typeahead
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", view.id());
        payload.add("container", container);
        payload.add("view", view(view, new JsonObject()));
        payload.addProperty("block_id", blockId);
        payload.addProperty("action_id", actionId);
        payload.addProperty("value", query);
        return payload;
    }

    static JsonObject viewClosed(Person person, OpenView view, String triggerId) {
        JsonObject payload = interaction("view_closed", person, triggerId);
        payload.add("view", view(view, new JsonObject()));
        payload.addProperty("is_cleared", false);
        return payload;
    }

    static JsonObject appHomeOpened(Person person, OpenView home, Instant now) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", person.id());
        event.addProperty("channel", person.dmChannel());
        event.addProperty("tab", "home");
        event.addProperty("event_ts", now.getEpochSecond() + ".000100");
        if (home != null) {
            event.add("view", view(home, new JsonObject()));
        }
        return envelope(event, now, person, false);
    }

    /** {@code person} joined {@code channel}: Slack names their own team, which for a guest from Slack Connect is another. */
    static JsonObject memberJoinedChannel(Person person, Conversation channel, Instant now) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "member_joined_channel");
        event.addProperty("user", person.id());
        event.addProperty("channel", channel.id());
        event.addProperty("channel_type", channel.kind() == Conversation.Kind.INTERNAL ? "G" : "C");
        event.addProperty("team", person.teamId());
        event.addProperty("inviter", SandboxCast.sideOf(person.organisation()).rep().id());
        event.addProperty("event_ts", now.getEpochSecond() + ".000300");
        return envelope(event, now, person, channel.extShared());
    }

    /** A person of the other organisation accepted the invitation to the Slack Connect channel. */
    static JsonObject sharedChannelInviteAccepted(Person person, Conversation channel, Instant now) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "shared_channel_invite_accepted");
        event.addProperty("approval_required", false);
        JsonObject invite = new JsonObject();
        invite.addProperty("id", "I0SANDBOX" + person.id().substring(1));
        invite.addProperty("date_created", now.getEpochSecond() - 3_600);
        invite.addProperty("date_invalid", now.getEpochSecond() + 14 * 86_400);
        SellerSide side = SandboxCast.sideOf(person.organisation());
        invite.add("inviting_team", team(side.seller()));
        invite.add("inviting_user", connectUser(side.rep(), now));
        invite.addProperty("recipient_email", person.name() + "@" + person.organisation().domain() + ".example");
        event.add("invite", invite);
        JsonObject channelJson = new JsonObject();
        channelJson.addProperty("id", channel.id());
        channelJson.addProperty("is_private", false);
        channelJson.addProperty("is_im", false);
        channelJson.addProperty("name", channel.name());
        event.add("channel", channelJson);
        JsonArray teams = new JsonArray();
        teams.add(team(side.seller()));
        teams.add(team(side.customer()));
        event.add("teams_in_channel", teams);
        event.add("accepting_user", connectUser(person, now));
        event.addProperty("event_ts", now.getEpochSecond() + ".000200");
        return envelope(event, now, person, true);
    }

    /** Slack revoked the bot token of {@code team}'s installation (sent before {@code app_uninstalled}). */
    static JsonObject tokensRevoked(Organisation team, Instant now) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "tokens_revoked");
        JsonObject tokens = new JsonObject();
        tokens.add("oauth", new JsonArray());
        JsonArray bot = new JsonArray();
        bot.add(SandboxCast.BOT_USER);
        tokens.add("bot", bot);
        event.add("tokens", tokens);
        event.addProperty("event_ts", now.getEpochSecond() + ".000400");
        return workspaceEnvelope(event, now, team);
    }

    /** MAP Bot was removed from {@code team}'s workspace. */
    static JsonObject appUninstalled(Organisation team, Instant now) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_uninstalled");
        event.addProperty("event_ts", now.getEpochSecond() + ".000500");
        return workspaceEnvelope(event, now, team);
    }

    /** An event about the installation itself: Slack sends it without authorizations, the token being gone. */
    private static JsonObject workspaceEnvelope(JsonObject event, Instant now, Organisation team) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "sandbox-verification-token");
        envelope.addProperty("team_id", team.teamId());
        envelope.addProperty("api_app_id", SandboxCast.APP_ID);
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", "Ev" + initials(event.get("type").getAsString()) + now.toEpochMilli() + team.teamId());
        envelope.addProperty("event_time", now.getEpochSecond());
        envelope.addProperty("is_ext_shared_channel", false);
        return envelope;
    }

    /** Two events at the same moment about the same person keep distinct ids: {@code member_joined_channel} is MJC. */
    private static String initials(String type) {
        StringBuilder initials = new StringBuilder();
        for (String word : type.split("_")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.toString();
    }

    private static JsonObject connectUser(Person person, Instant now) {
        JsonObject user = new JsonObject();
        user.addProperty("id", person.id());
        user.addProperty("team_id", person.teamId());
        user.addProperty("name", person.name());
        user.addProperty("updated", now.getEpochSecond());
        return user;
    }

    private static JsonObject team(Organisation org) {
        JsonObject team = new JsonObject();
        team.addProperty("id", org.teamId());
        team.addProperty("name", org.name());
        team.addProperty("domain", org.domain());
        return team;
    }

    /** The Events API envelope, delivered to the installation in the seller's workspace of the person it is about. */
    private static JsonObject envelope(JsonObject event, Instant now, Person about, boolean extShared) {
        String installedTeam = SandboxCast.installationFor(about).teamId();
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "sandbox-verification-token");
        envelope.addProperty("team_id", installedTeam);
        envelope.addProperty("api_app_id", SandboxCast.APP_ID);
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", "Ev" + initials(event.get("type").getAsString()) + now.toEpochMilli() + about.id());
        envelope.addProperty("event_time", now.getEpochSecond());
        JsonArray authorizations = new JsonArray();
        JsonObject authorization = new JsonObject();
        authorization.addProperty("team_id", installedTeam);
        authorization.addProperty("user_id", SandboxCast.BOT_USER);
        authorization.addProperty("is_bot", true);
        authorization.addProperty("is_enterprise_install", false);
        authorizations.add(authorization);
        envelope.add("authorizations", authorizations);
        envelope.addProperty("is_ext_shared_channel", extShared);
        return envelope;
    }

    private static JsonObject interaction(String type, Person person, String triggerId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        // The team the interaction reaches the app through: for a customer in Slack Connect, the seller's installation.
        Organisation installed = SandboxCast.installationFor(person);
        JsonObject team = new JsonObject();
        team.addProperty("id", installed.teamId());
        team.addProperty("domain", installed.domain());
        payload.add("team", team);
        JsonObject user = new JsonObject();
        user.addProperty("id", person.id());
        user.addProperty("username", person.name());
        user.addProperty("name", person.name());
        user.addProperty("team_id", person.teamId());
        payload.add("user", user);
        payload.addProperty("api_app_id", SandboxCast.APP_ID);
        payload.addProperty("token", "sandbox-verification-token");
        payload.addProperty("trigger_id", triggerId);
        payload.addProperty("is_enterprise_install", false);
        return payload;
    }

    /** The view in an interaction payload: as Slack echoes it back, with the app and the inputs' state. */
    private static JsonObject view(OpenView open, JsonObject values) {
        JsonObject view = open.echoed();
        view.addProperty("app_id", SandboxCast.APP_ID);
        if (!view.has("private_metadata")) {
            view.addProperty("private_metadata", "");
        }
        if (!view.has("callback_id")) {
            view.addProperty("callback_id", "");
        }
        view.add("state", state(values));
        return view;
    }

    private static JsonObject state(JsonObject values) {
        JsonObject state = new JsonObject();
        state.add("values", values == null ? new JsonObject() : values);
        return state;
    }

    /** The clicked element as Slack reports it; {@code action} carries its {@code action_ts} from the sandbox clock. */
    private static JsonArray actions(JsonObject action) {
        JsonArray actions = new JsonArray();
        actions.add(action.deepCopy());
        return actions;
    }
}
