package org.mapbot.http;

import io.javalin.config.RoutesConfig;
import java.util.Optional;

/** A feature's own web routes (share page, exports, sandbox), added next to the Slack endpoint. */
@FunctionalInterface
public interface RouteContributor {
    void addRoutes(RoutesConfig routes);

    /**
     * The answer to a request under this feature's paths that Jetty refused as bad (400) before any route ran: broken
     * UTF-8 in the path, say. {@code rawPath} is null when Jetty could not parse the request line at all (a NUL in
     * the path), so no path is known. Empty leaves Jetty's own 400.
     */
    default Optional<FixedResponse> answerToRefusedPath(String rawPath) {
        return Optional.empty();
    }
}
