package org.mapbot.api;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Installation;

/**
 * The API's one way in: a bearer token that opens a live token of an installation MAP Bot serves, within the token's
 * rate. Everything else is one 401 that says nothing about why.
 */
final class ApiAuth {
    private final ApiTokens tokens;
    private final Function<String, Optional<Installation>> installations;
    private final RateLimit rateLimit;

    ApiAuth(ApiTokens tokens, Function<String, Optional<Installation>> installations, RateLimit rateLimit) {
        this.tokens = tokens;
        this.installations = installations;
        this.rateLimit = rateLimit;
    }

    ApiCaller caller(String authorization) {
        String bearer = authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? null
                : authorization.substring(7).strip();
        ApiToken token = tokens.authenticate(bearer).orElseThrow(ApiProblem::unauthorized);
        Installation installation = installations.apply(token.teamId()).orElseThrow(ApiProblem::unauthorized);
        rateLimit.take(token.id()).ifPresent(wait -> {
            throw new ApiProblem(429, "Too Many Requests", "This token's rate limit is reached; retry after " + wait + " s.",
                    Map.of("Retry-After", Long.toString(wait)));
        });
        return new ApiCaller(token, new Actor(token.createdBy(), installation.teamId(), installation.enterpriseId(), installation));
    }
}
