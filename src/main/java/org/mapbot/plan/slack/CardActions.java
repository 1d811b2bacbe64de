package org.mapbot.plan.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.view.View;
import java.util.concurrent.Executor;
import org.mapbot.slack.InstalledTeam;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepPermissions;

/** Buttons on the plan card, for both organisations: translate the click, call the service, acknowledge at once. */
public final class CardActions {
    private static final Logger log = LoggerFactory.getLogger(CardActions.class);

    private final PlanService plans;
    private final SlackClients slack;
    private final InstalledTeam installedTeam;
    private final SharedChannels channels;
    private final Executor background;

    public CardActions(PlanService plans, SlackClients slack, InstalledTeam installedTeam, SharedChannels channels, Executor background) {
        this.plans = plans;
        this.slack = slack;
        this.installedTeam = installedTeam;
        this.channels = channels;
        this.background = background;
    }

    public void registerOn(App app) {
        app.blockAction(CardIds.DONE, (req, ctx) -> handle(req, ctx, (actor, stepId) -> {
            PlanService.StepChange change = plans.markDone(actor, stepId, installedTeam.id(), null);
            if (!change.changed()) {
                plans.touch(change.plan().id()); // the clicker saw a stale card: show them the current one
                tell(req, ctx, "That step was already marked done; the card now shows the current state.");
            }
        }));
        app.blockAction(CardIds.REOPEN, (req, ctx) -> handle(req, ctx, (actor, stepId) -> {
            PlanService.StepChange change = plans.reopen(actor, stepId, installedTeam.id());
            if (!change.changed()) {
                plans.touch(change.plan().id());
                tell(req, ctx, "That step is already open; the card now shows the current state.");
            }
        }));
        app.blockAction(CardIds.MORE, (req, ctx) -> {
            String selected = req.getPayload().getActions().get(0).getSelectedOption() == null ? ""
                    : req.getPayload().getActions().get(0).getSelectedOption().getValue();
            String[] parts = selected.split(":", 2);
            if (parts.length != 2) {
                tell(req, ctx, "That menu entry is not one I know. Please use the card's menu again.");
                return ctx.ack();
            }
            return withStep(req, ctx, parts[1], (actor, stepId) -> {
                PlanService.StepInPlan target = plans.stepForAction(stepId, installedTeam.id());
                String what = switch (parts[0]) {
                    case CardIds.NEW_DATE -> "change the date of";
                    case CardIds.BLOCKED -> "mark blocked";
                    case CardIds.COMMENT -> "comment on";
                    case CardIds.REASSIGN -> "reassign";
                    default -> throw new PlanException("That menu entry is not one I know.");
                };
                if (parts[0].equals(CardIds.REASSIGN)) {
                    StepPermissions.requireSeller(actor, target.plan(), "reassign steps");
                } else {
                    StepPermissions.requireCanWork(actor, target.plan(), target.step(), what);
                }
                View modal = switch (parts[0]) {
                    case CardIds.NEW_DATE -> PlanModals.newDate(target.step());
                    case CardIds.BLOCKED -> PlanModals.blocked(target.step());
                    case CardIds.COMMENT -> PlanModals.comment(target.step());
                    default -> PlanModals.reassign(target.step());
                };
                open(req.getPayload().getTriggerId(), modal);
            });
        });
        app.blockAction(CardIds.ADD_STEP, (req, ctx) -> withPlan(req, ctx, (actor, plan) ->
                open(req.getPayload().getTriggerId(), PlanModals.addStep(plan, actor.isSellerOf(plan)))));
        app.blockAction(CardIds.FULL_PLAN, (req, ctx) -> withPlan(req, ctx, (actor, plan) -> {
            boolean hideInternal = !actor.isSellerOf(plan) || channels.isExternallyShared(plan.channelId());
            open(req.getPayload().getTriggerId(), PlanModals.fullPlan(plans.view(plan), hideInternal));
        }));
        app.blockAction(CardIds.CONFIRM_REMOVE, (req, ctx) -> handle(req, ctx, (actor, stepId) -> {
            Step removed = plans.remove(actor, stepId, installedTeam.id());
            background.execute(() -> respond(ctx, "Removed step *" + org.mapbot.slack.SlackText.escape(removed.title()) + "*.", true));
        }));
        app.blockAction(CardIds.CANCEL_REMOVE, (req, ctx) -> {
            background.execute(() -> respond(ctx, "Kept it. Nothing was removed.", true));
            return ctx.ack();
        });
    }

    @FunctionalInterface
    interface StepAction {
        void run(Actor actor, long stepId) throws Exception;
    }

    @FunctionalInterface
    interface PlanAction {
        void run(Actor actor, Plan plan) throws Exception;
    }

    private Response handle(BlockActionRequest req, ActionContext ctx, StepAction action) {
        return withStep(req, ctx, req.getPayload().getActions().get(0).getValue(), action);
    }

    /** Parses the step id from the button; tampered values and refusals get an ephemeral answer, never a change. */
    private Response withStep(BlockActionRequest req, ActionContext ctx, String value, StepAction action) {
        long stepId;
        try {
            stepId = Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            tell(req, ctx, "That button does not point at a step I know. The card shows the current plan.");
            return ctx.ack();
        }
        try {
            action.run(actor(req.getPayload()), stepId);
        } catch (PlanException e) {
            tell(req, ctx, e.getMessage());
        } catch (Exception e) {
            log.error("Card action failed", e);
            tell(req, ctx, "Something went wrong on our side; nothing was changed. Please try again.");
        }
        return ctx.ack();
    }

    private Response withPlan(BlockActionRequest req, ActionContext ctx, PlanAction action) {
        try {
            long planId = Long.parseLong(req.getPayload().getActions().get(0).getValue().strip());
            Plan plan = plans.plan(planId).filter(p -> p.teamId().equals(installedTeam.id()))
                    .orElseThrow(() -> new PlanException("That plan does not exist any more."));
            action.run(actor(req.getPayload()), plan);
        } catch (NumberFormatException | NullPointerException e) {
            tell(req, ctx, "That button does not point at a plan I know.");
        } catch (PlanException e) {
            tell(req, ctx, e.getMessage());
        } catch (Exception e) {
            log.error("Card action failed", e);
            tell(req, ctx, "Something went wrong on our side; nothing was changed. Please try again.");
        }
        return ctx.ack();
    }

    static Actor actor(BlockActionPayload payload) {
        String team = payload.getUser().getTeamId() != null ? payload.getUser().getTeamId() : payload.getTeam().getId();
        String enterprise = payload.getEnterprise() == null ? null : payload.getEnterprise().getId();
        return new Actor(payload.getUser().getId(), team, enterprise);
    }

    private void open(String triggerId, View view) throws Exception {
        var opened = slack.bot().viewsOpen(r -> r.triggerId(triggerId).view(view));
        if (!opened.isOk()) {
            throw new PlanException("I could not open the form (" + opened.getError() + "). Please try again.");
        }
    }

    /** An answer only the person who clicked sees, sent after the acknowledgement. */
    private void tell(BlockActionRequest req, ActionContext ctx, String text) {
        background.execute(() -> respond(ctx, ":warning: " + text, false));
    }

    private static void respond(ActionContext ctx, String text, boolean replaceOriginal) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(replaceOriginal).text(text));
        } catch (Exception e) {
            log.warn("Could not answer the click: {}", e.getMessage());
        }
    }
}
