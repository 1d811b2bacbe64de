package org.mapbot.sandbox;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.mapbot.app.OAuthSettings;
import org.mapbot.share.HtmlText;

/**
 * Slack's half of "Add to Slack": the consent page at {@code /sandbox/oauth/v2/authorize} (as
 * {@code slack.com/oauth/v2/authorize} shows it: "Install MAP Bot in …?", Allow or Cancel), which sends the browser
 * back to the app's redirect URI with a code or {@code error=access_denied}, and {@code oauth.v2.access}, which trades
 * the code for the workspace's bot token with Slack's answer and errors.
 */
final class OAuthStandIn {
    static final String AUTHORIZE_PATH = "/sandbox/oauth/v2/authorize";
    /** The page is a form and text: no scripts, and the form posts only back here. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final WorkspaceTokens tokens;
    private final OAuthSettings app;

    OAuthStandIn(WorkspaceTokens tokens, OAuthSettings app) {
        this.tokens = tokens;
        this.app = app;
    }

    /** {@code GET}: the consent page, after the checks Slack makes of the link (its client id and redirect URI). */
    void authorizePage(Context ctx) {
        Optional<String> wrong = wrongLink(ctx.queryParam("client_id"), ctx.queryParam("redirect_uri"));
        if (wrong.isPresent()) {
            html(ctx, 400, "Something went wrong when authorizing this app", "<h1>Something went wrong</h1><p>"
                    + HtmlText.escape(wrong.get()) + "</p>");
            return;
        }
        StringBuilder choices = new StringBuilder();
        for (SellerSide side : SandboxCast.SIDES) {
            // A workspace the sandbox has not installed in yet comes first: it is the one "Add to Slack" is for.
            boolean chosen = side.equals(firstNotInstalled());
            choices.append("<option value=\"").append(side.seller().teamId()).append(chosen ? "\" selected>" : "\">")
                    .append(HtmlText.escape(side.seller().name())).append("</option>");
        }
        String scopes = Optional.ofNullable(ctx.queryParam("scope")).orElse("");
        html(ctx, 200, "Install MAP Bot", "<form method=\"post\" action=\"" + AUTHORIZE_PATH + "\">"
                + "<h1>Install MAP Bot in <select name=\"team\" id=\"team\" aria-label=\"Workspace\">" + choices + "</select>?</h1>"
                + "<p>MAP Bot is requesting permission to access the workspace.</p>"
                + "<p class=\"small\">Scopes: <code>" + HtmlText.escape(scopes) + "</code></p>"
                + hidden("client_id", ctx.queryParam("client_id")) + hidden("redirect_uri", ctx.queryParam("redirect_uri"))
                + hidden("state", ctx.queryParam("state")) + hidden("scope", scopes)
                + "<p><button name=\"decision\" value=\"cancel\" id=\"cancel\">Cancel</button> "
                + "<button name=\"decision\" value=\"allow\" id=\"allow\" class=\"allow\">Allow</button></p></form>");
    }

    /** {@code POST}: Allow or Cancel, answered as Slack does, with a redirect to the app carrying the state back. */
    void decide(Context ctx) {
        String redirectUri = ctx.formParam("redirect_uri");
        Optional<String> wrong = wrongLink(ctx.formParam("client_id"), redirectUri);
        Optional<Organisation> team = SandboxCast.organisation(ctx.formParam("team"))
                .filter(org -> SandboxCast.sideOf(org).seller().equals(org));
        if (wrong.isPresent() || team.isEmpty()) {
            html(ctx, 400, "Something went wrong when authorizing this app", "<h1>Something went wrong</h1><p>"
                    + HtmlText.escape(wrong.orElse("Choose a workspace of the sandbox to install MAP Bot in.")) + "</p>");
            return;
        }
        String state = "&state=" + encode(Optional.ofNullable(ctx.formParam("state")).orElse(""));
        String query = "allow".equals(ctx.formParam("decision"))
                ? "?code=" + encode(tokens.newCode(team.get(), redirectUri, Optional.ofNullable(ctx.formParam("scope")).orElse("")))
                : "?error=access_denied";
        ctx.redirect(redirectUri + query + state, HttpStatus.SEE_OTHER);
    }

    /** {@code oauth.v2.access}: the client's credentials (in the form or as HTTP Basic) and the code, as Slack checks them. */
    JsonObject access(Context ctx, ApiParams p) {
        String clientId = p.string("client_id");
        String clientSecret = p.string("client_secret");
        String basic = ctx.header("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair;
            try {
                pair = new String(Base64.getDecoder().decode(basic.substring(6).strip()), StandardCharsets.UTF_8).split(":", 2);
            } catch (IllegalArgumentException e) {
                return SlackAnswer.error("invalid_client_id"); // not base64: no client Slack knows
            }
            clientId = pair[0];
            clientSecret = pair.length > 1 ? pair[1] : null;
        }
        if (clientId == null || !clientId.equals(app.clientId())) {
            return SlackAnswer.error("invalid_client_id");
        }
        if (clientSecret == null || !clientSecret.equals(app.clientSecret())) {
            return SlackAnswer.error("bad_client_secret");
        }
        if (!p.has("code")) {
            return SlackAnswer.error("invalid_code");
        }
        WorkspaceTokens.Exchange exchange = tokens.exchange(p.string("code"), p.string("redirect_uri"));
        return exchange instanceof WorkspaceTokens.Exchange.Issued issued ? issued(issued)
                : SlackAnswer.error(((WorkspaceTokens.Exchange.Refused) exchange).error());
    }

    /** Slack's documented answer for a bot install: no user scopes were asked for, so the installing user has no token. */
    private static JsonObject issued(WorkspaceTokens.Exchange.Issued issued) {
        JsonObject ok = SlackAnswer.ok();
        ok.addProperty("access_token", issued.token());
        ok.addProperty("token_type", "bot");
        ok.addProperty("scope", issued.scopes());
        ok.addProperty("bot_user_id", SandboxCast.BOT_USER);
        ok.addProperty("app_id", SandboxCast.APP_ID);
        JsonObject team = new JsonObject();
        team.addProperty("name", issued.team().name());
        team.addProperty("id", issued.team().teamId());
        ok.add("team", team);
        ok.add("enterprise", JsonNull.INSTANCE);
        JsonObject user = new JsonObject();
        user.addProperty("id", SandboxCast.sideOf(issued.team()).rep().id());
        ok.add("authed_user", user);
        ok.addProperty("is_enterprise_install", false);
        return ok;
    }

    private Optional<String> wrongLink(String clientId, String redirectUri) {
        if (clientId == null || !clientId.equals(app.clientId())) {
            return Optional.of("Invalid client_id parameter");
        }
        if (redirectUri != null && !redirectUri.equals(app.redirectUri())) {
            return Optional.of("redirect_uri did not match any configured URIs. Passed URI: " + redirectUri);
        }
        return Optional.empty();
    }

    private SellerSide firstNotInstalled() {
        return SandboxCast.SIDES.stream().filter(side -> !tokens.installed(side.seller())).findFirst().orElse(SandboxCast.NORTHWIND);
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + HtmlText.escape(value == null ? "" : value) + "\">";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void html(Context ctx, int status, String title, String body) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.status(status).contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + HtmlText.escape(title) + " · Slack (sandbox)</title><style>body{font-family:system-ui,sans-serif;"
                + "max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1d1c1d}select{font:inherit}button{font:inherit;"
                + "padding:.5rem 1.2rem;border-radius:.3rem;border:1px solid #888;background:#fff}.allow{background:#007a5a;"
                + "color:#fff;border-color:#007a5a;font-weight:600}.small{color:#555;font-size:.9rem}</style></head><body><main>"
                + body + "<p class=\"small\">Sandbox — this page plays Slack's; no real Slack is connected.</p></main></body></html>");
    }
}
