package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the page draws for one acting person: only what that person would see in Slack, plus the record. */
final class StateSnapshot {
    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final int LOG_ENTRIES = 150;

    private StateSnapshot() {
    }

    /** @param installUrl where "Add to Slack" starts: the app's own install page, on the host the flow runs on */
    static JsonObject of(SandboxState state, Person me, String installUrl) {
        JsonObject snapshot = new JsonObject();
        snapshot.addProperty("version", state.version());
        snapshot.addProperty("now", state.clock().instant().toString());
        snapshot.addProperty("nowText", NOW.format(state.clock().instant().atZone(SandboxCast.ZONE)) + " (" + SandboxCast.ZONE + ")");
        snapshot.addProperty("me", me.id());
        snapshot.add("organisations", organisations(state));
        snapshot.add("people", people(state));
        snapshot.add("workspaces", workspaces(state));
        snapshot.addProperty("installUrl", installUrl);
        snapshot.add("channels", channels(me));
        snapshot.add("messages", messages(state, me));
        snapshot.add("ephemerals", ephemerals(state, me));
        state.views().home(me.id()).ifPresent(home -> snapshot.add("home", view(home)));
        JsonArray modals = new JsonArray();
        state.views().modals(me.id()).forEach(m -> modals.add(view(m)));
        snapshot.add("modals", modals);
        snapshot.add("apiCalls", apiCalls(state.record().apiCalls()));
        snapshot.add("refusedCalls", refusedCalls(state.record().apiCalls()));
        snapshot.add("appRequests", appRequests(state.record().appRequests()));
        return snapshot;
    }

    /** The sides shown: a seller workspace appears once it has installed MAP Bot, with its customer and people. */
    private static List<SellerSide> shown(SandboxState state) {
        return SandboxCast.SIDES.stream().filter(side -> state.tokens().everInstalled(side.seller())).toList();
    }

    private static JsonArray organisations(SandboxState state) {
        JsonArray orgs = new JsonArray();
        for (SellerSide side : shown(state)) {
            for (Organisation org : List.of(side.seller(), side.customer())) {
                JsonObject o = new JsonObject();
                o.addProperty("teamId", org.teamId());
                o.addProperty("name", org.name());
                o.addProperty("installedApp", org.equals(side.seller()));
                orgs.add(o);
            }
        }
        return orgs;
    }

    /** Every seller workspace that can install MAP Bot, and whether it has now. */
    private static JsonArray workspaces(SandboxState state) {
        JsonArray workspaces = new JsonArray();
        for (SellerSide side : SandboxCast.SIDES) {
            JsonObject w = new JsonObject();
            w.addProperty("teamId", side.seller().teamId());
            w.addProperty("name", side.seller().name());
            w.addProperty("installed", state.tokens().installed(side.seller()));
            w.addProperty("everInstalled", state.tokens().everInstalled(side.seller()));
            w.addProperty("sharedChannel", side.shared().name());
            workspaces.add(w);
        }
        return workspaces;
    }

    private static JsonArray people(SandboxState state) {
        JsonArray people = new JsonArray();
        for (Person person : shown(state).stream().flatMap(side -> side.people().stream()).toList()) {
            JsonObject p = new JsonObject();
            p.addProperty("id", person.id());
            p.addProperty("name", person.realName());
            p.addProperty("title", person.title());
            p.addProperty("teamId", person.teamId());
            p.addProperty("org", person.organisation().name());
            p.addProperty("tz", person.tz().orElse(null));
            people.add(p);
        }
        JsonObject bot = new JsonObject();
        bot.addProperty("id", SandboxCast.BOT_USER);
        bot.addProperty("name", SandboxCast.BOT_NAME);
        bot.addProperty("teamId", SandboxCast.SELLER.teamId());
        bot.addProperty("bot", true);
        people.add(bot);
        JsonObject slackbot = new JsonObject();
        slackbot.addProperty("id", SandboxCast.SLACKBOT);
        slackbot.addProperty("name", "Slackbot");
        slackbot.addProperty("bot", true);
        people.add(slackbot);
        return people;
    }

    private static JsonArray channels(Person me) {
        JsonArray channels = new JsonArray();
        for (Conversation c : SandboxCast.conversations()) {
            if (c.visibleTo(me)) {
                JsonObject channel = new JsonObject();
                channel.addProperty("id", c.id());
                channel.addProperty("name", c.kind() == Conversation.Kind.DM ? SandboxCast.BOT_NAME : c.name());
                channel.addProperty("kind", c.kind().name().toLowerCase(Locale.ROOT));
                channels.add(channel);
            }
        }
        return channels;
    }

    private static JsonObject messages(SandboxState state, Person me) {
        JsonObject all = new JsonObject();
        for (Conversation c : SandboxCast.conversations()) {
            if (!c.visibleTo(me)) {
                continue;
            }
            JsonArray list = new JsonArray();
            for (Message m : state.messages(c.id())) {
                JsonObject json = new JsonObject();
                json.addProperty("ts", m.ts());
                json.addProperty("threadTs", m.threadTs());
                json.addProperty("user", m.userId());
                json.addProperty("text", m.text());
                json.add("blocks", m.blocks());
                json.addProperty("edited", m.edited());
                json.addProperty("deleted", m.deleted());
                if (m.fileId() != null) {
                    state.files().completed(m.fileId()).ifPresent(f -> {
                        JsonObject file = new JsonObject();
                        file.addProperty("id", f.id());
                        file.addProperty("title", f.title());
                        file.addProperty("size", f.content().length);
                        file.addProperty("url", "/sandbox/files/" + f.id());
                        json.add("file", file);
                    });
                }
                list.add(json);
            }
            all.add(c.id(), list);
        }
        return all;
    }

    private static JsonArray ephemerals(SandboxState state, Person me) {
        JsonArray list = new JsonArray();
        for (EphemeralMessage e : state.ephemerals(me.id())) {
            JsonObject json = new JsonObject();
            json.addProperty("id", e.id());
            json.addProperty("channel", e.channel());
            json.addProperty("ts", e.ts());
            json.addProperty("user", e.fromUserId());
            json.addProperty("text", e.text());
            json.add("blocks", e.blocks());
            list.add(json);
        }
        return list;
    }

    private static JsonObject view(OpenView open) {
        JsonObject json = new JsonObject();
        json.addProperty("id", open.id());
        json.addProperty("hash", open.hash());
        json.add("view", open.view());
        return json;
    }

    private static JsonArray apiCalls(List<ApiCall> calls) {
        JsonArray list = new JsonArray();
        for (int i = calls.size() - 1; i >= Math.max(0, calls.size() - LOG_ENTRIES); i--) {
            ApiCall call = calls.get(i);
            JsonObject json = new JsonObject();
            json.addProperty("seq", call.seq());
            json.addProperty("method", call.method());
            json.addProperty("summary", call.summary());
            json.addProperty("ok", call.ok());
            json.addProperty("error", call.error());
            json.addProperty("unexpected", call.unexpected());
            json.addProperty("refused", call.refused());
            json.addProperty("detail", call.refusal());
            list.add(json);
        }
        return list;
    }

    /** Every call Slack refused for breaking its limits, oldest first, in full: each one is a defect of the bot. */
    private static JsonArray refusedCalls(List<ApiCall> calls) {
        JsonArray list = new JsonArray();
        calls.stream().filter(ApiCall::refused).forEach(call -> list.add(call.refusal()));
        return list;
    }

    private static JsonArray appRequests(List<AppRequest> requests) {
        JsonArray list = new JsonArray();
        for (int i = requests.size() - 1; i >= Math.max(0, requests.size() - LOG_ENTRIES); i--) {
            AppRequest request = requests.get(i);
            JsonObject json = new JsonObject();
            json.addProperty("seq", request.seq());
            json.addProperty("kind", request.kind());
            json.addProperty("summary", request.summary());
            json.addProperty("status", request.status());
            list.add(json);
        }
        return list;
    }
}
