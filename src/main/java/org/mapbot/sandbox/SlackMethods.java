package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * The part of Slack's Web API the bot uses, answered from {@link SandboxState} with Slack's response shapes and error
 * codes, so the bot cannot tell the difference for what it does.
 */
final class SlackMethods {
    private final SandboxState state;
    private final String baseUrl;

    SlackMethods(SandboxState state, String baseUrl) {
        this.state = state;
        this.baseUrl = baseUrl;
    }

    /** Slack's answer to {@code method}; {@code {"ok":false,"error":"unknown_method"}} for methods the sandbox lacks. */
    JsonObject call(String method, ApiParams p) {
        return switch (method) {
            case "auth.test" -> authTest();
            case "chat.postMessage" -> postMessage(p);
            case "chat.update" -> update(p);
            case "chat.delete" -> delete(p);
            case "chat.postEphemeral" -> postEphemeral(p);
            case "chat.getPermalink" -> permalink(p);
            case "conversations.info" -> conversationInfo(p);
            case "conversations.open" -> openDm(p);
            case "team.info" -> teamInfo(p);
            case "users.info" -> userInfo(p);
            case "views.open" -> openView(p, false);
            case "views.push" -> openView(p, true);
            case "views.update" -> updateView(p);
            case "views.publish" -> publishView(p);
            case "files.getUploadURLExternal" -> uploadUrl(p);
            case "files.completeUploadExternal" -> completeUpload(p);
            default -> error("unknown_method");
        };
    }

    private JsonObject authTest() {
        JsonObject ok = ok();
        ok.addProperty("url", baseUrl + "/sandbox/");
        ok.addProperty("team", SandboxCast.SELLER.name());
        ok.addProperty("user", "mapbot");
        ok.addProperty("team_id", SandboxCast.SELLER.teamId());
        ok.addProperty("user_id", SandboxCast.BOT_USER);
        ok.addProperty("bot_id", SandboxCast.BOT_ID);
        ok.addProperty("is_enterprise_install", false);
        return ok;
    }

    private JsonObject postMessage(ApiParams p) {
        Optional<Conversation> channel = SandboxCast.conversationOrDm(p.string("channel"));
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        if (!p.has("text") && p.blocks() == null) {
            return error("no_text");
        }
        String threadTs = p.string("thread_ts");
        if (threadTs != null && !threadTs.isBlank() && state.message(channel.get().id(), threadTs).isEmpty()) {
            return error("thread_not_found");
        }
        Message message = state.post(channel.get().id(), SandboxCast.BOT_USER, p.string("text"), p.blocks(), threadTs, null);
        JsonObject ok = ok();
        ok.addProperty("channel", message.channel());
        ok.addProperty("ts", message.ts());
        ok.add("message", messageJson(message));
        return ok;
    }

    private JsonObject update(ApiParams p) {
        String channel = SandboxCast.conversationOrDm(p.string("channel")).map(Conversation::id).orElse(null);
        if (channel == null) {
            return error("channel_not_found");
        }
        Optional<Message> existing = state.message(channel, p.string("ts"));
        if (existing.isEmpty() || existing.get().deleted()) {
            return error("message_not_found");
        }
        if (!existing.get().userId().equals(SandboxCast.BOT_USER)) {
            return error("cant_update_message");
        }
        Message message = state.update(channel, p.string("ts"), p.string("text"), p.blocks()).orElseThrow();
        JsonObject ok = ok();
        ok.addProperty("channel", channel);
        ok.addProperty("ts", message.ts());
        ok.addProperty("text", message.text());
        ok.add("message", messageJson(message));
        return ok;
    }

    private JsonObject delete(ApiParams p) {
        String channel = SandboxCast.conversationOrDm(p.string("channel")).map(Conversation::id).orElse(null);
        if (channel == null) {
            return error("channel_not_found");
        }
        Optional<Message> existing = state.message(channel, p.string("ts"));
        if (existing.isEmpty() || existing.get().deleted()) {
            return error("message_not_found");
        }
        if (!existing.get().userId().equals(SandboxCast.BOT_USER)) {
            return error("cant_delete_message");
        }
        state.delete(channel, p.string("ts"));
        JsonObject ok = ok();
        ok.addProperty("channel", channel);
        ok.addProperty("ts", p.string("ts"));
        return ok;
    }

    private JsonObject postEphemeral(ApiParams p) {
        Optional<Conversation> channel = SandboxCast.conversationOrDm(p.string("channel"));
        Optional<Person> person = SandboxCast.person(p.string("user"));
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        if (person.isEmpty()) {
            return error("user_not_found");
        }
        if (!channel.get().visibleTo(person.get())) {
            return error("user_not_in_channel");
        }
        EphemeralMessage message = state.postEphemeral(person.get().id(), channel.get().id(), SandboxCast.BOT_USER,
                p.string("text"), p.blocks());
        JsonObject ok = ok();
        ok.addProperty("message_ts", message.ts());
        return ok;
    }

    private JsonObject permalink(ApiParams p) {
        String channel = p.string("channel");
        String ts = p.string("message_ts");
        if (SandboxCast.conversation(channel).isEmpty()) {
            return error("channel_not_found");
        }
        if (ts == null || state.message(channel, ts).isEmpty()) {
            return error("message_not_found");
        }
        JsonObject ok = ok();
        ok.addProperty("channel", channel);
        ok.addProperty("permalink", baseUrl + "/sandbox#" + channel + "/" + ts);
        return ok;
    }

    private JsonObject conversationInfo(ApiParams p) {
        Optional<Conversation> conversation = SandboxCast.conversation(p.string("channel"));
        if (conversation.isEmpty()) {
            return error("channel_not_found");
        }
        JsonObject ok = ok();
        ok.add("channel", conversationJson(conversation.get()));
        return ok;
    }

    private JsonObject conversationJson(Conversation c) {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", c.id());
        channel.addProperty("created", 1_700_000_000);
        channel.addProperty("is_im", c.kind() == Conversation.Kind.DM);
        channel.addProperty("is_channel", c.kind() != Conversation.Kind.DM);
        channel.addProperty("is_private", c.kind() == Conversation.Kind.INTERNAL);
        channel.addProperty("is_shared", c.extShared());
        channel.addProperty("is_ext_shared", c.extShared());
        channel.addProperty("is_org_shared", false);
        channel.addProperty("context_team_id", SandboxCast.SELLER.teamId());
        if (c.kind() == Conversation.Kind.DM) {
            channel.addProperty("user", c.dmPersonId());
        } else {
            channel.addProperty("name", c.name());
            channel.addProperty("is_member", true);
            JsonArray teams = new JsonArray();
            teams.add(SandboxCast.SELLER.teamId());
            if (c.extShared()) {
                teams.add(SandboxCast.CUSTOMER.teamId());
            }
            channel.add("shared_team_ids", teams);
        }
        return channel;
    }

    /** Either organisation of the sandbox, as Slack names a team the bot shares a channel with. */
    private JsonObject teamInfo(ApiParams p) {
        String id = p.string("team");
        Organisation org = SandboxCast.SELLER.teamId().equals(id) ? SandboxCast.SELLER
                : SandboxCast.CUSTOMER.teamId().equals(id) ? SandboxCast.CUSTOMER : null;
        if (org == null) {
            return error("team_not_found");
        }
        JsonObject team = new JsonObject();
        team.addProperty("id", org.teamId());
        team.addProperty("name", org.name());
        team.addProperty("domain", org.domain());
        JsonObject ok = ok();
        ok.add("team", team);
        return ok;
    }

    private JsonObject openDm(ApiParams p) {
        String users = p.string("users");
        if (users == null || users.isBlank()) {
            return error(p.has("channel") ? "not_supported" : "users_list_not_supplied");
        }
        if (users.contains(",")) {
            return error("not_supported"); // group DMs are not part of the sandbox
        }
        Optional<Person> person = SandboxCast.person(users.strip());
        if (person.isEmpty()) {
            return error("user_not_found");
        }
        JsonObject ok = ok();
        JsonObject channel = new JsonObject();
        channel.addProperty("id", person.get().dmChannel());
        ok.add("channel", channel);
        return ok;
    }

    private JsonObject userInfo(ApiParams p) {
        String id = p.string("user");
        JsonObject user = new JsonObject();
        if (SandboxCast.BOT_USER.equals(id)) {
            user.addProperty("id", id);
            user.addProperty("team_id", SandboxCast.SELLER.teamId());
            user.addProperty("name", "mapbot");
            user.addProperty("real_name", SandboxCast.BOT_NAME);
            user.addProperty("is_bot", true);
        } else {
            Optional<Person> found = SandboxCast.person(id);
            if (found.isEmpty()) {
                return error("user_not_found");
            }
            Person person = found.get();
            user.addProperty("id", person.id());
            user.addProperty("team_id", person.teamId());
            user.addProperty("name", person.name());
            user.addProperty("real_name", person.realName());
            user.addProperty("is_bot", false);
            person.tz().ifPresent(tz -> user.addProperty("tz", tz));
            JsonObject profile = new JsonObject();
            profile.addProperty("real_name", person.realName());
            profile.addProperty("display_name", person.realName().split(" ")[0]);
            profile.addProperty("title", person.title());
            profile.addProperty("team", person.teamId());
            user.add("profile", profile);
        }
        JsonObject ok = ok();
        ok.add("user", user);
        return ok;
    }

    private JsonObject openView(ApiParams p, boolean push) {
        JsonObject view = p.object("view");
        if (view == null) {
            return error("invalid_arguments");
        }
        Optional<String> person = state.personOfTrigger(p.string("trigger_id"));
        if (person.isEmpty()) {
            return error("invalid_trigger_id");
        }
        if (push && state.modals(person.get()).isEmpty()) {
            return error("not_found"); // views.push needs an open modal to push onto
        }
        OpenView open = push ? state.pushModal(person.get(), view) : state.openModal(person.get(), view);
        return viewResult(open);
    }

    private JsonObject updateView(ApiParams p) {
        JsonObject view = p.object("view");
        if (view == null) {
            return error("invalid_arguments");
        }
        String viewId = p.string("view_id");
        if (viewId == null) {
            return error(p.has("external_id") ? "not_found" : "invalid_arguments");
        }
        Optional<OpenView> existing = state.view(viewId);
        if (existing.isEmpty()) {
            return error("not_found");
        }
        if (p.has("hash") && !p.string("hash").equals(existing.get().hash())) {
            return error("hash_conflict");
        }
        return viewResult(state.updateView(viewId, view).orElseThrow());
    }

    private JsonObject publishView(ApiParams p) {
        JsonObject view = p.object("view");
        Optional<Person> person = SandboxCast.person(p.string("user_id"));
        if (view == null) {
            return error("invalid_arguments");
        }
        if (person.isEmpty()) {
            return error("user_not_found");
        }
        if (!"home".equals(view.has("type") ? view.get("type").getAsString() : "")) {
            return error("invalid_arguments");
        }
        return viewResult(state.publishHome(person.get().id(), view));
    }

    private JsonObject viewResult(OpenView open) {
        JsonObject view = open.view().deepCopy();
        view.addProperty("id", open.id());
        view.addProperty("hash", open.hash());
        view.addProperty("team_id", SandboxCast.SELLER.teamId());
        view.addProperty("app_installed_team_id", SandboxCast.SELLER.teamId());
        view.addProperty("bot_id", SandboxCast.BOT_ID);
        JsonObject ok = ok();
        ok.add("view", view);
        return ok;
    }

    private JsonObject uploadUrl(ApiParams p) {
        if (!p.has("filename") || !p.has("length")) {
            return error("invalid_arguments");
        }
        StoredFile file = state.reserveFile(p.string("filename"));
        JsonObject ok = ok();
        ok.addProperty("upload_url", baseUrl + "/sandbox/upload/" + file.id());
        ok.addProperty("file_id", file.id());
        return ok;
    }

    private JsonObject completeUpload(ApiParams p) {
        JsonArray files = p.array("files");
        if (files == null || files.isEmpty()) {
            return error("invalid_arguments");
        }
        String channel = p.string("channel_id");
        if (channel != null && SandboxCast.conversationOrDm(channel).isEmpty()) {
            return error("channel_not_found");
        }
        JsonArray completed = new JsonArray();
        for (JsonElement element : files) {
            JsonObject requested = element.getAsJsonObject();
            String id = requested.get("id").getAsString();
            Optional<StoredFile> file = state.file(id);
            if (file.isEmpty()) {
                return error("file_not_found");
            }
            state.titleFile(id, requested.has("title") ? requested.get("title").getAsString() : null);
            if (channel != null) {
                String conversation = SandboxCast.conversationOrDm(channel).orElseThrow().id();
                state.post(conversation, SandboxCast.BOT_USER, p.string("initial_comment"), null, p.string("thread_ts"), id);
            }
            JsonObject done = new JsonObject();
            done.addProperty("id", id);
            done.addProperty("title", state.file(id).orElseThrow().title());
            done.addProperty("url_private", baseUrl + "/sandbox/files/" + id);
            completed.add(done);
        }
        JsonObject ok = ok();
        ok.add("files", completed);
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

    private static JsonObject ok() {
        JsonObject ok = new JsonObject();
        ok.addProperty("ok", true);
        return ok;
    }

    static JsonObject error(String code) {
        JsonObject error = new JsonObject();
        error.addProperty("ok", false);
        error.addProperty("error", code);
        return error;
    }
}
