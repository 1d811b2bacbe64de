package org.mapbot.sandbox;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.mapbot.app.OAuthSettings;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;
import org.mapbot.install.InstallRoutes;
import org.mapbot.time.AdjustableClock;

/**
 * The sandbox: a Slack-like page at {@code /sandbox} and a stand-in for Slack's Web API, served by the app itself.
 * The composition root adds it only in sandbox mode, so with real credentials none of these routes exist.
 */
public final class Sandbox implements RouteContributor {
    private static final String SCRIPT = "text/javascript; charset=utf-8";
    /** The page's files; its script is native ES modules, sandbox.js importing the others, so there is no build step. */
    private static final Map<String, String> ASSETS = Map.ofEntries(
            Map.entry("sandbox.css", "text/css; charset=utf-8"),
            Map.entry("sandbox.js", SCRIPT),
            Map.entry("page-state.js", SCRIPT),
            Map.entry("page-api.js", SCRIPT),
            Map.entry("dom.js", SCRIPT),
            Map.entry("slack-text.js", SCRIPT),
            Map.entry("block-kit.js", SCRIPT),
            Map.entry("block-elements.js", SCRIPT),
            Map.entry("block-values.js", SCRIPT),
            Map.entry("sidebar.js", SCRIPT),
            Map.entry("channel-pane.js", SCRIPT),
            Map.entry("modals.js", SCRIPT),
            Map.entry("clock-and-demo.js", SCRIPT),
            Map.entry("workspaces.js", SCRIPT),
            Map.entry("call-logs.js", SCRIPT));

    private final SlackApiStandIn api;
    private final ResponseUrlStandIn responseUrls;
    private final OAuthStandIn oauth;
    private final PageActions page;

    /**
     * @param baseUrl       where this process listens, e.g. {@code http://127.0.0.1:3000}: the bot's Slack client, the
     *                      response URLs, the signed requests to {@code /slack/events} and "Add to Slack" all go there
     * @param app           the app's OAuth client, which the consent page and {@code oauth.v2.access} check as Slack does
     * @param reminderSweep runs after each move of the clock, so what became due is sent at once
     * @param installAtStart installs the seller workspace of the start again: "Clear Slack" puts Slack back as it started
     */
    public Sandbox(SandboxState state, AdjustableClock clock, SlackSignature signature, String baseUrl, OAuthSettings app,
                   Runnable reminderSweep, Runnable installAtStart) {
        this.oauth = new OAuthStandIn(state.tokens(), app);
        this.api = new SlackApiStandIn(state, baseUrl, oauth);
        this.responseUrls = new ResponseUrlStandIn(state);
        SlackToApp slackToApp = new SlackToApp(state, signature, baseUrl);
        Interactions interactions = new Interactions(state, slackToApp, baseUrl);
        ClockControl clockControl = new ClockControl(clock, reminderSweep);
        this.page = new PageActions(state, interactions, clockControl, new DemoRunner(state, interactions, clockControl),
                new Uninstalling(state, slackToApp), installAtStart, baseUrl + InstallRoutes.INSTALL_PATH);
    }

    /**
     * The start-up message: unmistakably the sandbox, where to open it, who can, and how to connect a real workspace.
     *
     * @param baseUrl       where this process listens, as in the constructor
     * @param listenAddress the address the server is bound to ({@code MAP_SANDBOX_HOST}, 127.0.0.1 by default)
     */
    public static String welcome(String baseUrl, String listenAddress) {
        return "\n"
                + "  ┌──────────────────────────────────────────────────────────────────────┐\n"
                + "  │ MAP Bot is running in SANDBOX mode: no Slack workspace is connected. │\n"
                + "  └──────────────────────────────────────────────────────────────────────┘\n"
                + "  Open " + baseUrl + "/sandbox to play both sides of a deal in your browser.\n"
                + "  It listens on " + listenAddress + " (MAP_SANDBOX_HOST) and has no sign-in: whoever reaches that address can use it.\n"
                + "  It serves several workspaces: \"Add to Slack\" on the page installs MAP Bot in a second one.\n"
                + "  To connect a real workspace, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET\n"
                + "  (see README.md, \"Connect a real Slack workspace\").";
    }

    /** Each route behind the {@link RequestGate} rule for who may call it. */
    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sandbox", RequestGate.navigation(ctx -> resource(ctx, "index.html", "text/html; charset=utf-8")));
        routes.get("/sandbox/assets/{file}", RequestGate.navigation(this::asset));
        routes.get("/sandbox/files/{fileId}", RequestGate.navigation(api::download));

        routes.get("/sandbox/state", RequestGate.pageRead(page::snapshot));
        routes.post("/sandbox/command", RequestGate.pageAction(page::command));
        routes.post("/sandbox/message", RequestGate.pageAction(page::message));
        routes.post("/sandbox/action", RequestGate.pageAction(page::action));
        routes.post("/sandbox/submit", RequestGate.pageAction(page::submit));
        routes.post("/sandbox/close", RequestGate.pageAction(page::close));
        routes.post("/sandbox/options", RequestGate.pageAction(page::options));
        routes.post("/sandbox/home", RequestGate.pageAction(page::home));
        routes.post("/sandbox/arrive", RequestGate.pageAction(page::arrive));
        routes.post("/sandbox/clock", RequestGate.pageAction(page::moveClock));
        routes.post("/sandbox/demo", RequestGate.pageAction(page::loadDemo));
        routes.post("/sandbox/reset", RequestGate.pageAction(page::reset));
        routes.post("/sandbox/uninstall", RequestGate.pageAction(page::uninstall));

        routes.get(OAuthStandIn.AUTHORIZE_PATH, RequestGate.navigation(oauth::authorizePage));
        routes.post(OAuthStandIn.AUTHORIZE_PATH, RequestGate.ownOrigin(oauth::decide));

        routes.post("/sandbox/api/{method}", RequestGate.ownOrigin(api::api));
        routes.post("/sandbox/upload/{fileId}", RequestGate.ownOrigin(api::upload));
        routes.put("/sandbox/upload/{fileId}", RequestGate.ownOrigin(api::upload));
        routes.post("/sandbox/response/{id}", RequestGate.ownOrigin(responseUrls::respond));
    }

    private void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        if (type == null) {
            ctx.status(404).result("not found");
            return;
        }
        resource(ctx, file, type);
    }

    private static void resource(Context ctx, String name, String contentType) throws IOException {
        try (InputStream in = Sandbox.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) {
                ctx.status(404).result("not found");
                return;
            }
            ctx.header("Cache-Control", "no-store");
            // No other site may frame the page and trick clicks on it: framed, its requests would be its own.
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
            ctx.contentType(contentType).result(in.readAllBytes());
        }
    }
}
