package org.mapbot.plan.slack;

import org.mapbot.interaction.Click;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.Refusal;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.service.Permissions;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepChange;
import org.mapbot.plan.service.StepService;
import org.mapbot.slack.SlackText;

/** Buttons on the plan card, for both organisations: translate the click, call the service, answer after the ack. */
public final class CardActions {
    private final PlanService plans;
    private final StepService steps;

    public CardActions(PlanService plans, StepService steps) {
        this.plans = plans;
        this.steps = steps;
    }

    public void registerOn(SlackListeners listeners) {
        listeners.onClick(CardIds.DONE, click -> {
            StepChange done = steps.markDone(click.who().actor(), click.id("button"), click.who().origin(), null);
            noteIfUnchanged(click, done);
            if (done.changed()) {
                click.answer().offer(":white_check_mark: *" + SlackText.escape(done.step().title()) + "* is done. What came out of it? "
                        + "A line on the result helps both sides (it shows on the card, the share page and the export).",
                        CardIds.ADD_RESULT, "Add the result", Long.toString(done.step().id()));
            }
        });
        listeners.onClick(CardIds.REOPEN, click -> noteIfUnchanged(click,
                steps.reopen(click.who().actor(), click.id("button"), click.who().origin())));
        listeners.onClick(CardIds.MORE, this::menu);
        listeners.onClick(CardIds.ADD_STEP, click -> {
            Plan plan = plans.planAt(click.who().actor(), click.id("button"), click.who().origin());
            click.answer().open(PlanModals.addStep(plan, click.who().actor().isSellerOf(plan)));
        });
        listeners.onClick(CardIds.FULL_PLAN, click -> {
            Plan plan = plans.planAt(click.who().actor(), click.id("button"), click.who().origin());
            boolean hideInternal = !Permissions.seesInternalSteps(click.who().actor(), plan);
            click.answer().open(PlanModals.fullPlan(plans.view(plan), hideInternal));
        });
        listeners.onClick(CardIds.CONFIRM_REMOVE, click -> {
            var removed = steps.remove(click.who().actor(), click.id("button"), click.who().origin());
            click.answer().replace("Removed step *" + SlackText.escape(removed.title()) + "*.");
        });
        listeners.onClick(CardIds.CANCEL_REMOVE, click -> click.answer().replace("Kept it. Nothing was removed."));
    }

    private static void noteIfUnchanged(Click click, StepChange change) {
        change.note().ifPresent(click.answer()::warn);
    }

    /** The step's ⋯ menu: each entry opens its form, if the clicker may do that to this step. */
    private void menu(Click click) {
        String[] parts = click.selected().orElse("").split(":", 2);
        if (parts.length != 2) {
            throw new Refusal("That menu entry is not one I know. Please use the card's menu again.");
        }
        long stepId = InteractionReader.id(parts[1], "menu entry");
        var actor = click.who().actor();
        var origin = click.who().origin();
        StepInPlan target = switch (parts[0]) {
            case CardIds.NEW_DATE -> steps.forWork(actor, stepId, origin, "change the date of");
            case CardIds.BLOCKED -> steps.forWork(actor, stepId, origin, "mark blocked");
            case CardIds.COMMENT -> steps.forWork(actor, stepId, origin, "comment on");
            case CardIds.REASSIGN -> steps.forSeller(actor, stepId, origin, "reassign steps");
            default -> throw new Refusal("That menu entry is not one I know. Please use the card's menu again.");
        };
        click.answer().open(switch (parts[0]) {
            case CardIds.NEW_DATE -> PlanModals.newDate(target.step(), actor.isSellerOf(target.plan()));
            case CardIds.BLOCKED -> PlanModals.blocked(target.step());
            case CardIds.COMMENT -> PlanModals.comment(target.step());
            default -> PlanModals.reassign(target.step());
        });
    }
}
