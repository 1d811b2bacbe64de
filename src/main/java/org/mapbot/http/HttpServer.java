package org.mapbot.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.RequestLogger;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web front: Slack's endpoint, the health check and the features' own pages, on Javalin. */
public final class HttpServer {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    public static final String SLACK_EVENTS_PATH = "/slack/events";

    private HttpServer() {
    }

    /** Builds the server, not started: tests and the composition root start it on the port they choose. */
    public static Javalin create(BoltHandler slack, BooleanSupplier databaseUp, List<RouteContributor> features) {
        return create(slack, databaseUp, features, null);
    }

    /** The same, with {@code requests} told of every answered request (route, status, time taken); null for none. */
    public static Javalin create(BoltHandler slack, BooleanSupplier databaseUp, List<RouteContributor> features,
                                 RequestLogger requests) {
        return Javalin.create(config -> {
            if (requests != null) {
                config.requestLogger.http(requests);
            }
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 1_000_000;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(10_000);
                server.setErrorHandler(new RefusedPathAnswers(features));
            });
            config.routes.post(SLACK_EVENTS_PATH, slack);
            config.routes.get("/health", ctx -> {
                boolean up = databaseUp.getAsBoolean();
                ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .json(Map.of("status", up ? "ok" : "unavailable", "database", up ? "up" : "down"));
            });
            features.forEach(feature -> feature.addRoutes(config.routes));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Request to {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("ok", false, "error", "internal_error"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(Map.of("ok", false, "error", "not_found"));
                }
            });
        });
    }
}
