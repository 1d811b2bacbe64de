package org.mapbot.share;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.mapbot.http.RouteContributor;

/** {@code GET /p/{token}}: the read-only share page, or one plain 404 for every token that does not open a plan. */
public final class ShareRoutes implements RouteContributor {
    private final ShareService shares;

    public ShareRoutes(ShareService shares) {
        this.shares = shares;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(ShareLinkKind.PAGE.pathPrefix() + "{token}", this::page);
    }

    private void page(Context ctx) {
        privateResponse(ctx);
        shares.documentFor(ctx.pathParam("token"), ShareLinkKind.PAGE).ifPresentOrElse(
                document -> ctx.html(SharePageView.render(document)),
                () -> ctx.status(HttpStatus.NOT_FOUND).html(SharePageView.notFoundPage()));
    }

    /** Not cached, not indexed, and the token never leaves in a Referer header. */
    public static void privateResponse(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
