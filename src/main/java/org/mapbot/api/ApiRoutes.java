package org.mapbot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mapbot.plan.domain.Installation;
import org.mapbot.http.RouteContributor;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.VersionConflict;
import org.mapbot.plan.service.NewStepRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1}: translates each HTTP request into one call of {@link ApiPlans} and its answer into JSON, or into
 * {@code application/problem+json} for anything refused. The routes are a table, so the OpenAPI document can be
 * checked against exactly what is served.
 */
public final class ApiRoutes implements RouteContributor {
    private static final Logger log = LoggerFactory.getLogger(ApiRoutes.class);
    static final String BASE = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_PAGE = 25;

    private final ApiAuth auth;
    private final ApiPlans plans;
    private final BiFunction<Installation, String, String> teamOfUser;
    private final byte[] openApi;

    ApiRoutes(ApiAuth auth, ApiPlans plans, BiFunction<Installation, String, String> teamOfUser, byte[] openApi) {
        this.auth = auth;
        this.plans = plans;
        this.teamOfUser = teamOfUser;
        this.openApi = openApi;
    }

    /** One served operation: method, path as OpenAPI writes it, and what answers it. */
    record Route(String method, String path, Operation operation) {
    }

    @FunctionalInterface
    interface Operation {
        void answer(Context ctx, ApiCaller caller);
    }

    List<Route> routes() {
        return List.of(
                new Route("get", "/plans", this::list),
                new Route("post", "/plans", this::create),
                new Route("get", "/plans/{plan_id}", (ctx, caller) -> json(ctx, 200, plans.get(caller, id(ctx, "plan_id")))),
                new Route("post", "/plans/{plan_id}/steps", this::addStep),
                new Route("patch", "/plans/{plan_id}/steps/{step_id}", this::editStep),
                new Route("post", "/plans/{plan_id}/close", this::close));
    }

    @Override
    public void addRoutes(RoutesConfig config) {
        config.get(BASE + "/openapi.json", ctx -> ctx.status(200).contentType("application/json").result(openApi));
        for (Route route : routes()) {
            io.javalin.http.Handler handler = ctx -> serve(ctx, route.operation());
            String path = BASE + route.path();
            switch (route.method()) {
                case "get" -> config.get(path, handler);
                case "post" -> config.post(path, handler);
                case "patch" -> config.patch(path, handler);
                default -> throw new IllegalStateException(route.method());
            }
        }
    }

    private void serve(Context ctx, Operation operation) {
        ctx.header("Cache-Control", "no-store");
        try {
            operation.answer(ctx, auth.caller(ctx.header("Authorization")));
        } catch (ApiProblem e) {
            e.headers.forEach(ctx::header);
            problem(ctx, e.status, e.title, e.getMessage());
        } catch (VersionConflict e) {
            ctx.header("ETag", etag(e.current()));
            problem(ctx, 412, "Precondition Failed", e.getMessage());
        } catch (PlanException e) {
            problem(ctx, 422, "Unprocessable Content", e.getMessage());
        } catch (RuntimeException e) {
            log.error("API request {} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, 500, "Internal Server Error", "Something went wrong on our side; nothing was half-saved.");
        }
    }

    private void list(Context ctx, ApiCaller caller) {
        String status = ctx.queryParam("status");
        if (status != null && PlanStatus.parse(status).isEmpty()) {
            throw ApiProblem.invalid("`status` must be one of active, paused, won, lost, archived.");
        }
        ApiPlanQueries.Filter filter = new ApiPlanQueries.Filter(status == null ? null : PlanStatus.parse(status).get().dbValue(),
                ctx.queryParam("owner"), instant(ctx.queryParam("updated_since")));
        int limit = number(ctx.queryParam("limit"), DEFAULT_PAGE, "limit");
        if (limit < 1 || limit > ApiPlans.MAX_PAGE) {
            throw ApiProblem.invalid("`limit` must be between 1 and " + ApiPlans.MAX_PAGE + ".");
        }
        ApiPlans.Page page = plans.list(caller, filter, after(ctx.queryParam("cursor")), limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plans", page.plans());
        body.put("next_cursor", page.nextAfter() == null ? null : cursor(page.nextAfter()));
        json(ctx, 200, body);
    }

    private void create(Context ctx, ApiCaller caller) {
        ApiJsonBody body = ApiJsonBody.parse(ctx.body());
        String channel = body.requiredText("channel_id", "C0123ABCD");
        if (!channel.matches("[CG][A-Z0-9]{2,20}")) {
            throw ApiProblem.invalid("`channel_id` must be a Slack channel id such as \"C0123ABCD\" (the channel's details show it).");
        }
        Map<String, Object> created = plans.create(caller, new ApiPlans.NewPlan(channel, body.requiredText("title", "Acme rollout"),
                body.text("customer").orElse(null), body.text("template").orElse(null), body.date("target_date").orElse(null),
                body.text("time_zone").orElse(null)));
        ctx.header("Location", BASE + "/plans/" + created.get("id"));
        json(ctx, 201, created);
    }

    private void addStep(Context ctx, ApiCaller caller) {
        ApiJsonBody body = ApiJsonBody.parse(ctx.body());
        Map<String, Object> step = plans.addStep(caller, id(ctx, "plan_id"), new NewStepRequest(
                body.requiredText("title", "Security review"), body.object("owner").map(o -> owner(o, caller)).orElse(Owner.NOBODY),
                body.text("side").map(ApiRoutes::side).orElse(null), body.date("due_date").orElse(null),
                body.bool("internal").orElse(false)));
        ctx.header("ETag", etag((Integer) step.get("version")));
        json(ctx, 201, step);
    }

    private void editStep(Context ctx, ApiCaller caller) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null) {
            throw new ApiProblem(428, "Precondition Required",
                    "Send the step's version as `If-Match: \"<version>\"` (its `version`, or the ETag of the last answer).");
        }
        int version = number(ifMatch.replaceFirst("^W/", "").replace("\"", "").strip(), -1, "If-Match");
        ApiJsonBody body = ApiJsonBody.parse(ctx.body());
        ApiPlans.StepPatch patch = new ApiPlans.StepPatch(body.text("title"), body.text("side").map(ApiRoutes::side),
                body.has("owner") ? Optional.of(body.object("owner").map(o -> owner(o, caller)).orElse(Owner.NOBODY)) : Optional.empty(),
                body.has("due_date") ? Optional.of(body.date("due_date")) : Optional.empty(), body.text("result"),
                body.bool("internal"), body.text("reason").orElse(null));
        Map<String, Object> step = plans.editStep(caller, id(ctx, "plan_id"), id(ctx, "step_id"), version, patch);
        ctx.header("ETag", etag((Integer) step.get("version")));
        json(ctx, 200, step);
    }

    private void close(Context ctx, ApiCaller caller) {
        String outcome = ApiJsonBody.parse(ctx.body()).requiredText("outcome", "won");
        PlanStatus status = switch (outcome) {
            case "won" -> PlanStatus.WON;
            case "lost" -> PlanStatus.LOST;
            default -> throw ApiProblem.invalid("`outcome` must be \"won\" or \"lost\".");
        };
        json(ctx, 200, plans.close(caller, id(ctx, "plan_id"), status));
    }

    private Owner owner(ApiJsonBody owner, ApiCaller caller) {
        Optional<String> user = owner.text("user_id");
        if (user.isPresent()) {
            if (!user.get().matches("[UW][A-Z0-9]{2,20}")) {
                throw ApiProblem.invalid("`owner.user_id` must be a Slack user id such as \"U0123ABCD\".");
            }
            return Owner.slackUser(user.get(), teamOfUser.apply(caller.actor().installation(), user.get()));
        }
        return Owner.named(owner.requiredText("name", "Jane Doe (Legal)"));
    }

    private static Side side(String text) {
        return Side.parse(text).orElseThrow(() -> ApiProblem.invalid("`side` must be \"seller\", \"customer\" or \"both\"."));
    }

    private static long id(Context ctx, String param) {
        String value = ctx.pathParam(param);
        if (!value.matches("[0-9]{1,18}")) {
            throw ApiProblem.notFound();
        }
        return Long.parseLong(value);
    }

    private static int number(String value, int absent, String what) {
        if (value == null) {
            return absent;
        }
        if (!value.matches("[0-9]{1,9}")) {
            throw ApiProblem.invalid("`" + what + "` must be a whole number.");
        }
        return Integer.parseInt(value);
    }

    private static java.time.Instant instant(String value) {
        try {
            return value == null ? null : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.invalid("`updated_since` must be a timestamp such as 2026-12-01T00:00:00Z.");
        }
    }

    static String cursor(long afterId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + afterId).getBytes(StandardCharsets.UTF_8));
    }

    private static long after(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.matches("after:[0-9]{1,18}")) {
                return Long.parseLong(decoded.substring(6));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw ApiProblem.invalid("`cursor` must be a `next_cursor` from an earlier page.");
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    private static void json(Context ctx, int status, Object body) {
        write(ctx, status, "application/json", body);
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        write(ctx, status, "application/problem+json", body);
    }

    private static void write(Context ctx, int status, String type, Object body) {
        try {
            ctx.status(status).contentType(type).result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
