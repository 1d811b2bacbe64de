package org.mapbot.install;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mapbot.http.FixedResponse;
import org.mapbot.http.RouteContributor;
import org.mapbot.install.InstallOutcome.Installed;

/**
 * {@code GET /slack/install}, the "Add to Slack" page, and {@code GET /slack/oauth_redirect}, where Slack's consent
 * screen sends the browser back. The state rides in the link and in a cookie of the browser that started.
 */
public final class InstallRoutes implements RouteContributor {
    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";
    public static final String STATE_COOKIE = "mapbot-install-state";
    private static final String HTML = "text/html;charset=utf-8";
    /** No scripts, no requests, no forms, no framing: the pages are links and text. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final InstallFlow flow;
    private final boolean secureCookie;

    public InstallRoutes(InstallFlow flow, boolean secureCookie) {
        this.flow = flow;
        this.secureCookie = secureCookie;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(INSTALL_PATH, ctx -> {
            InstallFlow.Start start = flow.start();
            ctx.cookie(cookie(start.state(), (int) DatabaseOAuthStateService.LIFETIME.toSeconds()));
            answer(ctx, 200, InstallPages.addToSlack(start.authorizeUrl()));
        });
        routes.get(REDIRECT_PATH, ctx -> {
            InstallOutcome outcome = flow.finish(ctx.queryParam("code"), ctx.queryParam("state"), ctx.queryParam("error"),
                    ctx.cookie(STATE_COOKIE));
            ctx.cookie(cookie("", 0));
            answer(ctx, outcome instanceof Installed ? 200 : 400, InstallPages.outcome(outcome));
        });
    }

    private Cookie cookie(String value, int maxAge) {
        // Lax: the cookie comes along when Slack's consent page sends the browser back (a top-level GET), not otherwise.
        return new Cookie(STATE_COOKIE, value, "/slack", maxAge, secureCookie, true, null, SameSite.LAX);
    }

    private static void answer(Context ctx, int status, String html) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        new FixedResponse(status, HTML, headers, html.getBytes(StandardCharsets.UTF_8)).writeTo(ctx);
    }
}
