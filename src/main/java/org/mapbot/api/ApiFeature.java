package org.mapbot.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepService;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;

/** The REST API's wiring: its token commands for Slack and its routes for the web server. */
public record ApiFeature(Subcommand tokenCommand, ApiRoutes routes) {
    /** Requests a token may make at once, and per minute after that. */
    static final int BURST = 60;
    static final int PER_MINUTE = 120;

    public static ApiFeature wire(DSLContext dsl, PlanService plans, StepService steps, SlackUsers users, SlackClients slack,
                                  Function<String, Optional<Installation>> installations, Clock clock, String publicUrl,
                                  Executor background) {
        ApiTokens tokens = new ApiTokens(new ApiTokenRepository(dsl), new SlackWorkspaceAdmins(slack), new SecureRandom(), clock);
        ApiAuth auth = new ApiAuth(tokens, installations, new RateLimit(BURST, PER_MINUTE, clock));
        ApiPlans api = new ApiPlans(plans, steps, new ApiPlanQueries(dsl), (actor, fallback) -> users.zoneOr(actor.installation(), actor.userId(), fallback));
        java.util.function.BiFunction<Installation, String, String> teamOf = (installation, userId) -> users.find(installation, userId)
                .map(SlackUser::teamId).orElse(null);
        return new ApiFeature(new ApiTokenCommands(tokens, publicUrl, background).subcommand(),
                new ApiRoutes(auth, api, teamOf, openApiDocument()));
    }

    static byte[] openApiDocument() {
        try (InputStream in = ApiFeature.class.getResourceAsStream("/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document /api/openapi.json is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
