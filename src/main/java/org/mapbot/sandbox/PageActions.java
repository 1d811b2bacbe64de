package org.mapbot.sandbox;

import static org.mapbot.sandbox.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The page's own endpoints: translate the page's JSON into {@link Interactions} and answer with JSON. */
final class PageActions {
    private final SandboxState state;
    private final Interactions interactions;
    private final ClockControl clock;
    private final DemoRunner demo;
    private final Uninstalling uninstalling;
    private final Runnable installAtStart;
    private final String installUrl;

    PageActions(SandboxState state, Interactions interactions, ClockControl clock, DemoRunner demo, Uninstalling uninstalling,
                Runnable installAtStart, String installUrl) {
        this.state = state;
        this.interactions = interactions;
        this.clock = clock;
        this.demo = demo;
        this.uninstalling = uninstalling;
        this.installAtStart = installAtStart;
        this.installUrl = installUrl;
    }

    void snapshot(Context ctx) {
        Person me = SandboxCast.person(ctx.queryParam("as")).filter(p -> state.tokens().everInstalled(SandboxCast.installationFor(p)))
                .orElse(SandboxCast.SALES_REP);
        json(ctx, StateSnapshot.of(state, me, installUrl));
    }

    /** "Uninstall" in the Workspaces panel: {@code team} removes MAP Bot, as an admin would in Slack's app settings. */
    void uninstall(Context ctx) {
        Optional<Organisation> team = SandboxCast.organisation(string(body(ctx), "team"))
                .filter(org -> SandboxCast.sideOf(org).seller().equals(org));
        if (team.isEmpty()) {
            ctx.status(400);
            json(ctx, PageJson.error("need team: the id of a seller workspace, such as T0GLOBEX"));
            return;
        }
        json(ctx, uninstalling.uninstall(team.get()));
    }

    void command(Context ctx) {
        JsonObject body = body(ctx);
        Optional<Person> person = person(body);
        Optional<Conversation> channel = channel(body, person);
        if (person.isEmpty() || channel.isEmpty() || !body.has("text")) {
            ctx.status(400);
            json(ctx, PageJson.error("need as, channel and text"));
            return;
        }
        json(ctx, interactions.command(person.get(), channel.get(), body.get("text").getAsString()));
    }

    /** A person's own message: stays in the channel for everyone to see; the bot does not listen to messages. */
    void message(Context ctx) {
        JsonObject body = body(ctx);
        Optional<Person> person = person(body);
        Optional<Conversation> channel = channel(body, person);
        if (person.isEmpty() || channel.isEmpty() || !body.has("text") || body.get("text").getAsString().isBlank()) {
            ctx.status(400);
            json(ctx, PageJson.error("need as, channel and text"));
            return;
        }
        state.post(channel.get().id(), person.get().id(), body.get("text").getAsString(), null, string(body, "threadTs"), null);
        json(ctx, PageJson.ok());
    }

    void action(Context ctx) {
        JsonObject body = body(ctx);
        Optional<Person> person = person(body);
        JsonObject source = body.has("source") ? body.getAsJsonObject("source") : null;
        JsonObject action = body.has("action") ? body.getAsJsonObject("action") : null;
        if (person.isEmpty() || source == null || action == null) {
            ctx.status(400);
            json(ctx, PageJson.error("need as, source and action"));
            return;
        }
        JsonObject values = body.has("values") ? body.getAsJsonObject("values") : new JsonObject();
        if ("view".equals(string(source, "type"))) {
            if (!someoneElses(ctx, person.get(), string(source, "viewId"))) {
                json(ctx, interactions.clickInView(person.get(), string(source, "viewId"), action, values));
            }
            return;
        }
        Optional<Conversation> channel = SandboxCast.conversation(string(source, "channel")).filter(c -> c.visibleTo(person.get()));
        if (channel.isEmpty()) {
            ctx.status(400);
            json(ctx, PageJson.error("no such channel for this person"));
            return;
        }
        json(ctx, interactions.clickOnMessage(person.get(), channel.get(), string(source, "ts"), string(source, "ephemeralId"), action, values));
    }

    void submit(Context ctx) {
        JsonObject body = body(ctx);
        Optional<Person> person = person(body);
        if (person.isEmpty() || !body.has("viewId")) {
            ctx.status(400);
            json(ctx, PageJson.error("need as and viewId"));
            return;
        }
        if (someoneElses(ctx, person.get(), body.get("viewId").getAsString())) {
            return;
        }
        JsonObject values = body.has("values") ? body.getAsJsonObject("values") : new JsonObject();
        json(ctx, interactions.submit(person.get(), body.get("viewId").getAsString(), values));
    }

    /** The page opened or typed into an external select menu of a view and wants its options. */
    void options(Context ctx) {
        JsonObject body = body(ctx);
        Optional<Person> person = person(body);
        if (person.isEmpty() || !body.has("viewId") || !body.has("actionId")) {
            ctx.status(400);
            json(ctx, PageJson.error("need as, viewId and actionId"));
            return;
        }
        if (someoneElses(ctx, person.get(), string(body, "viewId"))) {
            return;
        }
        json(ctx, interactions.suggest(person.get(), string(body, "viewId"), Optional.ofNullable(string(body, "blockId")).orElse(""),
                string(body, "actionId"), Optional.ofNullable(string(body, "value")).orElse("")));
    }

    void close(Context ctx) {
        JsonObject body = body(ctx);
        Optional<Person> person = person(body);
        if (person.isEmpty() || !body.has("viewId")) {
            ctx.status(400);
            json(ctx, PageJson.error("need as and viewId"));
            return;
        }
        if (someoneElses(ctx, person.get(), body.get("viewId").getAsString())) {
            return;
        }
        json(ctx, interactions.close(person.get(), body.get("viewId").getAsString()));
    }

    /**
     * As in Slack, a modal or Home tab belongs to the person it was opened for: the page says who it acts as, so it
     * must not act as one person on another's view. A view that is gone is left to {@link Interactions} to report.
     */
    private boolean someoneElses(Context ctx, Person person, String viewId) {
        Optional<String> owner = state.views().view(viewId).map(OpenView::personId).filter(id -> !id.equals(person.id()));
        if (owner.isEmpty()) {
            return false;
        }
        String name = SandboxCast.person(owner.get()).map(Person::realName).orElse(owner.get());
        ctx.status(403);
        json(ctx, PageJson.error("That is open for " + name + ", not for " + person.realName() + "."));
        return true;
    }

    void home(Context ctx) {
        Optional<Person> person = person(body(ctx));
        if (person.isEmpty()) {
            ctx.status(400);
            json(ctx, PageJson.error("need as"));
            return;
        }
        json(ctx, interactions.openHome(person.get()));
    }

    /** The acting person arrives in the shared channel, as when they accept its Slack Connect invitation. */
    void arrive(Context ctx) {
        Optional<Person> person = person(body(ctx));
        if (person.isEmpty()) {
            ctx.status(400);
            json(ctx, PageJson.error("need as"));
            return;
        }
        json(ctx, interactions.arrive(person.get()));
    }

    void moveClock(Context ctx) {
        String move = Optional.ofNullable(string(body(ctx), "move")).orElse("").toUpperCase(Locale.ROOT);
        ClockControl.Move parsed;
        try {
            parsed = ClockControl.Move.valueOf(move);
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            json(ctx, PageJson.error("move must be hour, day, week or monday"));
            return;
        }
        JsonObject result = PageJson.ok();
        result.addProperty("now", clock.move(parsed).toString());
        json(ctx, result);
    }

    void loadDemo(Context ctx) {
        JsonArray transcript = new JsonArray();
        demo.run(DemoScript.STEPS).forEach(transcript::add);
        JsonObject result = PageJson.ok();
        result.add("transcript", transcript);
        json(ctx, result);
    }

    /**
     * "Clear Slack": Slack as the sandbox started, so the demo can run again. Workspaces installed since are
     * uninstalled (the app hears it, as from Slack), and the workspace of the start is installed, even when it was
     * uninstalled or the app's database was emptied.
     */
    void reset(Context ctx) {
        SandboxCast.SIDES.stream().map(SellerSide::seller).filter(org -> !org.equals(SandboxCast.SELLER))
                .filter(state.tokens()::installed).forEach(uninstalling::uninstall);
        state.reset();
        installAtStart.run();
        json(ctx, PageJson.ok());
    }

    private static Optional<Person> person(JsonObject body) {
        return SandboxCast.person(string(body, "as"));
    }

    private static Optional<Conversation> channel(JsonObject body, Optional<Person> person) {
        return SandboxCast.conversation(string(body, "channel")).filter(c -> person.isPresent() && c.visibleTo(person.get()));
    }

    private static JsonObject body(Context ctx) {
        try {
            JsonElement json = JsonParser.parseString(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
            return json.isJsonObject() ? json.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    private static void json(Context ctx, JsonObject json) {
        ctx.contentType("application/json; charset=utf-8").result(json.toString());
    }
}
