package org.mapbot.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.NewStepRequest;
import org.mapbot.plan.service.Permissions;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepEdit;
import org.mapbot.plan.service.StepService;

/**
 * What the API may do, as the admin who created the token, for the token's installation only: every rule stays in the
 * plan services (limits, dates, who may do what); this adds the API's own: plans of another installation do not exist,
 * a step changes only at the version the caller read.
 */
final class ApiPlans {
    static final int HISTORY = 100;
    static final int MAX_PAGE = 100;

    private final PlanService plans;
    private final StepService steps;
    private final ApiPlanQueries queries;
    private final BiFunction<Actor, ZoneId, ZoneId> zoneOf;

    ApiPlans(PlanService plans, StepService steps, ApiPlanQueries queries, BiFunction<Actor, ZoneId, ZoneId> zoneOf) {
        this.plans = plans;
        this.steps = steps;
        this.queries = queries;
        this.zoneOf = zoneOf;
    }

    record Page(List<Map<String, Object>> plans, Long nextAfter) {
    }

    Page list(ApiCaller caller, ApiPlanQueries.Filter filter, long afterId, int limit) {
        List<Plan> found = queries.page(caller.actor().installation(), filter, afterId, limit + 1);
        List<Plan> page = found.subList(0, Math.min(limit, found.size()));
        return new Page(page.stream().map(p -> PlanJson.summary(plans.view(p))).toList(),
                found.size() > limit ? page.get(page.size() - 1).id() : null);
    }

    Map<String, Object> get(ApiCaller caller, long planId) {
        Plan plan = plan(caller, planId);
        return PlanJson.full(plans.view(plan), plans.history(plan, Optional.empty(), HISTORY));
    }

    record NewPlan(String channelId, String title, String customer, String template, LocalDate target, String timeZone) {
    }

    Map<String, Object> create(ApiCaller caller, NewPlan request) {
        ZoneId zone = request.timeZone() == null ? zoneOf.apply(caller.actor(), ZoneId.of("UTC")) : zone(request.timeZone());
        Plan plan = plans.create(caller.actor(), request.channelId(), new PlanService.NewPlanRequest(request.title(),
                request.customer(), plans.today(zone), request.target(), zone, Optional.ofNullable(request.template())));
        return get(caller, plan.id());
    }

    Map<String, Object> addStep(ApiCaller caller, long planId, NewStepRequest request) {
        Plan plan = plan(caller, planId);
        return PlanJson.step(steps.add(caller.actor(), plan, request));
    }

    /** The fields a PATCH names; absent ones keep the step's current value. */
    record StepPatch(Optional<String> title, Optional<Side> side, Optional<Owner> owner, Optional<Optional<LocalDate>> dueDate,
                     Optional<String> result, Optional<Boolean> internal, String reason) {
    }

    Map<String, Object> editStep(ApiCaller caller, long planId, long stepId, int ifVersion, StepPatch patch) {
        Plan plan = plan(caller, planId);
        Step step = plans.view(plan).steps().stream().filter(s -> s.id() == stepId).findFirst().orElseThrow(ApiProblem::notFound);
        Permissions.requireVersion(step, ifVersion);
        StepEdit edit = new StepEdit(patch.title().orElse(step.title()), patch.side().orElse(step.side()),
                patch.owner().orElse(step.owner()), patch.dueDate().orElse(Optional.ofNullable(step.dueDate())).orElse(null),
                patch.result().orElse(step.result()), patch.internal().orElse(step.internalOnly()), patch.reason(), ifVersion);
        return PlanJson.step(steps.edit(caller.actor(), stepId, Origin.api(), edit).step());
    }

    Map<String, Object> close(ApiCaller caller, long planId, PlanStatus outcome) {
        Plan plan = plan(caller, planId);
        plans.setStatus(caller.actor(), plan, outcome);
        return get(caller, planId);
    }

    /** The plan if the caller's installation owns it; any other plan is answered as if it did not exist. */
    private Plan plan(ApiCaller caller, long planId) {
        Actor actor = caller.actor();
        return plans.plan(planId).filter(p -> actor.installation().owns(p)).orElseThrow(ApiProblem::notFound);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw ApiProblem.invalid("`time_zone` must be an IANA time zone such as `Europe/Berlin`.");
        }
    }
}
