package org.mapbot.testkit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mapbot.app.MapBot;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.NewStepRequest;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepChange;

/**
 * Plans and steps made through the running app's own services, the way commands and forms make them, for tests that
 * need a plan in a known state without typing every command. Changes come from a signed form (no card to check).
 */
public final class TestPlans {
    private final MapBot mapBot;

    public TestPlans(MapBot mapBot) {
        this.mapBot = mapBot;
    }

    private PlanService plans() {
        return mapBot.parts().plans();
    }

    public Plan createPlan(Actor actor, String channelId, String title, String customer, LocalDate start, LocalDate target,
                           ZoneId zone, Optional<String> template) {
        return plans().create(actor, channelId, new PlanService.NewPlanRequest(title, customer, start, target, zone, template));
    }

    public Step addStep(Actor actor, Plan plan, String title, Owner owner, Side side, LocalDate due, boolean internal) {
        return mapBot.parts().steps().add(actor, plan, new NewStepRequest(title, owner, side, due, internal));
    }

    public StepChange markDone(Actor actor, long stepId, String result) {
        return mapBot.parts().steps().markDone(actor, stepId, Origin.modal(), result);
    }

    public StepChange changeDueDate(Actor actor, long stepId, LocalDate due, String reason) {
        return mapBot.parts().steps().changeDueDate(actor, stepId, Origin.modal(), due, reason);
    }

    public Step stepAt(Plan plan, int number) {
        return mapBot.parts().steps().stepAt(plan, number);
    }

    public StepChange block(Actor actor, long stepId, String reason) {
        return mapBot.parts().steps().block(actor, stepId, Origin.modal(), reason);
    }

    public void comment(Actor actor, long stepId, String text) {
        mapBot.parts().steps().comment(actor, stepId, Origin.modal(), text, true);
    }

    public StepChange cancel(Actor actor, long stepId, String reason) {
        return mapBot.parts().steps().cancel(actor, stepId, Origin.modal(), reason);
    }

    public Plan setStatus(Actor actor, Plan plan, org.mapbot.plan.domain.PlanStatus status) {
        return plans().setStatus(actor, plan, status);
    }

    public Optional<PlanView> view(long planId) {
        return plans().view(planId);
    }

    public Optional<Plan> currentPlan(String channelId) {
        return plans().currentPlan(Actors.INSTALLATION, channelId);
    }

    public Plan requireCurrentPlan(String channelId) {
        return currentPlan(channelId).orElseThrow();
    }

    public Optional<Plan> plan(long planId) {
        return plans().plan(planId);
    }

    public PlanView view(Plan plan) {
        return plans().view(plan);
    }

    public List<PlanEvent> history(Plan plan, Optional<Step> step, int limit) {
        return plans().history(plan, step, limit);
    }

    public void refresh(long planId) {
        plans().refresh(planId);
    }
}
