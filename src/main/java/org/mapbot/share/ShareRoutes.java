package org.mapbot.share;

import io.javalin.config.RoutesConfig;
import java.util.Optional;
import org.mapbot.http.FixedResponse;
import org.mapbot.http.RouteContributor;

/** {@code GET /p/{token}}: the read-only share page, or one plain 404 for every token that does not open a plan. */
public final class ShareRoutes implements RouteContributor {
    private final ShareService shares;

    public ShareRoutes(ShareService shares) {
        this.shares = shares;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        ShareResponses.route(routes, ShareLinkKind.PAGE, token -> shares.documentFor(token, ShareLinkKind.PAGE)
                .map(document -> ShareResponses.ok(ShareResponses.HTML, SharePageView.render(document))));
    }

    @Override
    public Optional<FixedResponse> answerToRefusedPath(String rawPath) {
        return ShareResponses.refused(ShareLinkKind.PAGE, rawPath);
    }
}
