package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * Who and where: the bot itself ({@code auth.test}), the people ({@code users.info}) and the conversations
 * ({@code conversations.info}, {@code conversations.open}) of the sandbox's two organisations.
 */
final class DirectoryMethods {
    private final String baseUrl;

    DirectoryMethods(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Who the calling token belongs to: the bot of the workspace that installed MAP Bot with it. */
    JsonObject authTest(Organisation team) {
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("url", baseUrl + "/sandbox/");
        ok.addProperty("team", team.name());
        ok.addProperty("user", "mapbot");
        ok.addProperty("team_id", team.teamId());
        ok.addProperty("user_id", SandboxCast.BOT_USER);
        ok.addProperty("bot_id", SandboxCast.BOT_ID);
        ok.addProperty("is_enterprise_install", false);
        return ok;
    }

    JsonObject userInfo(ApiParams p, Organisation team) {
        String id = p.string("user");
        JsonObject user = new JsonObject();
        if (SandboxCast.BOT_USER.equals(id)) {
            user.addProperty("id", id);
            user.addProperty("team_id", team.teamId());
            user.addProperty("name", "mapbot");
            user.addProperty("real_name", SandboxCast.BOT_NAME);
            user.addProperty("is_bot", true);
        } else {
            Optional<Person> found = SandboxCast.person(id);
            if (found.isEmpty()) {
                return SlackAnswer.error("user_not_found");
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
        JsonObject ok = SlackAnswer.ok();
        ok.add("user", user);
        return ok;
    }

    JsonObject conversationInfo(ApiParams p) {
        Optional<Conversation> conversation = SandboxCast.conversation(p.string("channel"));
        if (conversation.isEmpty()) {
            return SlackAnswer.error("channel_not_found");
        }
        JsonObject ok = SlackAnswer.ok();
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
        channel.addProperty("context_team_id", c.host().teamId());
        if (c.kind() == Conversation.Kind.DM) {
            channel.addProperty("user", c.dmPersonId());
        } else {
            channel.addProperty("name", c.name());
            channel.addProperty("is_member", true);
            JsonArray teams = new JsonArray();
            teams.add(c.host().teamId());
            if (c.extShared()) {
                teams.add(SandboxCast.sideOf(c.host()).customer().teamId());
            }
            channel.add("shared_team_ids", teams);
        }
        return channel;
    }

    /** An organisation of the sandbox, as Slack names a team the bot shares a channel with. */
    JsonObject teamInfo(ApiParams p) {
        Organisation org = SandboxCast.organisation(p.string("team")).orElse(null);
        if (org == null) {
            return SlackAnswer.error("team_not_found");
        }
        JsonObject team = new JsonObject();
        team.addProperty("id", org.teamId());
        team.addProperty("name", org.name());
        team.addProperty("domain", org.domain());
        JsonObject ok = SlackAnswer.ok();
        ok.add("team", team);
        return ok;
    }

    JsonObject openDm(ApiParams p) {
        String users = p.string("users");
        if (users == null || users.isBlank()) {
            return SlackAnswer.error(p.has("channel") ? "not_supported" : "users_list_not_supplied");
        }
        if (users.contains(",")) {
            return SlackAnswer.error("not_supported"); // group DMs are not part of the sandbox
        }
        Optional<Person> person = SandboxCast.person(users.strip());
        if (person.isEmpty()) {
            return SlackAnswer.error("user_not_found");
        }
        JsonObject ok = SlackAnswer.ok();
        JsonObject channel = new JsonObject();
        channel.addProperty("id", person.get().dmChannel());
        ok.add("channel", channel);
        return ok;
    }
}
