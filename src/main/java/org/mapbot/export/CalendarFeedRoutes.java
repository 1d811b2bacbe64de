package org.mapbot.export;

import io.javalin.config.RoutesConfig;
import java.util.Optional;
import org.mapbot.http.FixedResponse;
import org.mapbot.http.RouteContributor;
import org.mapbot.share.ShareLinkKind;
import org.mapbot.share.ShareResponses;
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
        ShareResponses.route(routes, ShareLinkKind.CALENDAR, token -> shares.documentFor(token, ShareLinkKind.CALENDAR)
                .map(document -> ShareResponses.ok(ShareResponses.CALENDAR, ics.render(document))));
    }

    @Override
    public Optional<FixedResponse> answerToRefusedPath(String rawPath) {
        return ShareResponses.refused(ShareLinkKind.CALENDAR, rawPath);
    }
}
