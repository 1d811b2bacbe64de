package org.mapbot.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.mapbot.db.Database;
import org.mapbot.http.RouteContributor;
import org.mapbot.scheduler.Scheduler;

/**
 * The probes a service manager or load balancer polls: {@code /health/live} answers while the process can serve
 * HTTP at all (restart it when this fails), {@code /health/ready} only while it can do its work (send it traffic).
 */
public final class HealthProbes implements RouteContributor {
    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";

    private final Readiness readiness;

    public HealthProbes(Readiness readiness) {
        this.readiness = readiness;
    }

    /** Ready: the database answers, every migration in db/ is applied and the scheduler runs. */
    public static HealthProbes of(Database database, Scheduler scheduler) {
        return new HealthProbes(new Readiness()
                .check("database unreachable", database::isUp)
                .check("database migrations not applied", database::isMigrated)
                .check("scheduler not started", scheduler::isStarted));
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(LIVE, ctx -> ctx.json(Map.of("status", "live")));
        routes.get(READY, ctx -> {
            Optional<String> reason = readiness.notReadyBecause();
            if (reason.isEmpty()) {
                ctx.json(Map.of("status", "ready"));
            } else {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", "not ready", "reason", reason.get()));
            }
        });
    }
}
