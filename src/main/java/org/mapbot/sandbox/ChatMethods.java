package org.mapbot.sandbox;

import com.google.gson.JsonObject;
import java.util.Optional;

/** {@code chat.*}: messages in channels and DMs, and ephemeral ones, as {@code chat.postMessage} and its kin answer. */
final class ChatMethods {
    private final SandboxState state;
    private final String baseUrl;

    ChatMethods(SandboxState state, String baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    JsonObject postMessage(ApiParams p) {
        Optional<Conversation> channel = SandboxCast.conversationOrDm(p.string("channel"));
        if (channel.isEmpty()) {
            return SlackAnswer.error("channel_not_found");
        }
        if (!p.has("text") && p.blocks() == null) {
            return SlackAnswer.error("no_text");
        }
        String threadTs = p.string("thread_ts");
        if (threadTs != null && !threadTs.isBlank() && state.message(channel.get().id(), threadTs).isEmpty()) {
            return SlackAnswer.error("thread_not_found");
        }
        Message message = state.post(channel.get().id(), SandboxCast.BOT_USER, p.string("text"), p.blocks(), threadTs, null);
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("channel", message.channel());
        ok.addProperty("ts", message.ts());
        ok.add("message", messageJson(message));
        return ok;
    }

    JsonObject update(ApiParams p) {
        Optional<JsonObject> refused = refusedChange(p, "cant_update_message");
        if (refused.isPresent()) {
            return refused.get();
        }
        String channel = channelId(p).orElseThrow();
        Message message = state.update(channel, p.string("ts"), p.string("text"), p.blocks()).orElseThrow();
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("channel", channel);
        ok.addProperty("ts", message.ts());
        ok.addProperty("text", message.text());
        ok.add("message", messageJson(message));
        return ok;
    }

    JsonObject delete(ApiParams p) {
        Optional<JsonObject> refused = refusedChange(p, "cant_delete_message");
        if (refused.isPresent()) {
            return refused.get();
        }
        String channel = channelId(p).orElseThrow();
        state.delete(channel, p.string("ts"));
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("channel", channel);
        ok.addProperty("ts", p.string("ts"));
        return ok;
    }

    /** Slack's error when {@code chat.update} or {@code chat.delete} names no live message of the bot's own. */
    private Optional<JsonObject> refusedChange(ApiParams p, String notTheBots) {
        Optional<String> channel = channelId(p);
        if (channel.isEmpty()) {
            return Optional.of(SlackAnswer.error("channel_not_found"));
        }
        Optional<Message> existing = state.message(channel.get(), p.string("ts"));
        if (existing.isEmpty() || existing.get().deleted()) {
            return Optional.of(SlackAnswer.error("message_not_found"));
        }
        if (!existing.get().userId().equals(SandboxCast.BOT_USER)) {
            return Optional.of(SlackAnswer.error(notTheBots));
        }
        return Optional.empty();
    }

    private static Optional<String> channelId(ApiParams p) {
        return SandboxCast.conversationOrDm(p.string("channel")).map(Conversation::id);
    }

    JsonObject postEphemeral(ApiParams p) {
        Optional<Conversation> channel = SandboxCast.conversationOrDm(p.string("channel"));
        Optional<Person> person = SandboxCast.person(p.string("user"));
        if (channel.isEmpty()) {
            return SlackAnswer.error("channel_not_found");
        }
        if (person.isEmpty()) {
            return SlackAnswer.error("user_not_found");
        }
        if (!channel.get().visibleTo(person.get())) {
            return SlackAnswer.error("user_not_in_channel");
        }
        EphemeralMessage message = state.postEphemeral(person.get().id(), channel.get().id(), SandboxCast.BOT_USER,
                p.string("text"), p.blocks());
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("message_ts", message.ts());
        return ok;
    }

    JsonObject permalink(ApiParams p) {
        String channel = p.string("channel");
        String ts = p.string("message_ts");
        if (SandboxCast.conversation(channel).isEmpty()) {
            return SlackAnswer.error("channel_not_found");
        }
        if (ts == null || state.message(channel, ts).isEmpty()) {
            return SlackAnswer.error("message_not_found");
        }
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("channel", channel);
        ok.addProperty("permalink", baseUrl + "/sandbox#" + channel + "/" + ts);
        return ok;
    }

    static JsonObject messageJson(Message message) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "message");
        json.addProperty("ts", message.ts());
        json.addProperty("user", message.userId());
        if (SandboxCast.BOT_USER.equals(message.userId())) {
            json.addProperty("bot_id", SandboxCast.BOT_ID);
            json.addProperty("app_id", SandboxCast.APP_ID);
        }
        json.addProperty("text", message.text());
        json.add("blocks", message.blocks());
        if (message.threadTs() != null) {
            json.addProperty("thread_ts", message.threadTs());
        }
        return json;
    }
}
