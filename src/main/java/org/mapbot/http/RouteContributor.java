package org.mapbot.http;

import io.javalin.config.RoutesConfig;
import java.util.Optional;

/** A feature's own web routes (share page, exports, sandbox), added next to the Slack endpoint. */
@FunctionalInterface
public interface RouteContributor {
    void addRoutes(RoutesConfig routes);

    /**
     * The answer to a request under this feature's paths that Jetty refused before any route ran (a NUL or broken
     * UTF-8 in the path); empty leaves Jetty's own 400.
     */
    default Optional<FixedResponse> answerToRefusedPath(String rawPath) {
        return Optional.empty();
    }
}
