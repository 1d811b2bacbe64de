package org.mapbot.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.mapbot.http.RouteContributor;
import org.mapbot.share.SharePageView;
import org.mapbot.share.ShareLinkKind;
import org.mapbot.share.ShareRoutes;
import org.mapbot.share.ShareService;

/** {@code GET /ics/{token}}: the plan's open steps as an iCalendar feed, behind a revocable token like the share page. */
public final class CalendarFeedRoutes implements RouteContributor {
    private final ShareService shares;
    private final IcsExport ics;

    public CalendarFeedRoutes(ShareService shares, IcsExport ics) {
        this.shares = shares;
        this.ics = ics;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(ShareLinkKind.CALENDAR.pathPrefix() + "{token}", this::feed);
    }

    private void feed(Context ctx) {
        ShareRoutes.privateResponse(ctx);
        shares.documentFor(ctx.pathParam("token"), ShareLinkKind.CALENDAR).ifPresentOrElse(
                document -> ctx.contentType("text/calendar; charset=utf-8").result(ics.render(document)),
                () -> ctx.status(HttpStatus.NOT_FOUND).html(SharePageView.notFoundPage()));
    }
}
