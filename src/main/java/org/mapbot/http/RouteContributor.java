package org.mapbot.http;

import io.javalin.config.RoutesConfig;

/** A feature's own web routes (share page, exports, sandbox), added next to the Slack endpoint. */
@FunctionalInterface
public interface RouteContributor {
    void addRoutes(RoutesConfig routes);
}
