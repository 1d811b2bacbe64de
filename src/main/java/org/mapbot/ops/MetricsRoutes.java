package org.mapbot.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.mapbot.http.RouteContributor;

/**
 * {@code GET /metrics} for a Prometheus scraper, beside the Slack endpoint and never through it. With
 * {@code MAP_METRICS_TOKEN} set, only a request carrying {@code Authorization: Bearer <token>} gets them.
 */
public final class MetricsRoutes implements RouteContributor {
    public static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;
    private final Optional<byte[]> token;

    public MetricsRoutes(Metrics metrics, Optional<String> token) {
        this.metrics = metrics;
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            if (!allowed(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"").status(HttpStatus.UNAUTHORIZED)
                        .contentType("text/plain; charset=utf-8").result("metrics need the bearer token\n");
                return;
            }
            ctx.header("Cache-Control", "no-store").contentType(CONTENT_TYPE).result(metrics.scrape());
        });
    }

    private boolean allowed(Context ctx) {
        if (token.isEmpty()) {
            return true;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Constant time: how much of a guess was right never shows in how long the refusal took.
        return MessageDigest.isEqual(token.get(), header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }
}
