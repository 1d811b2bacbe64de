package org.mapbot.plan.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.PlanReview;
import org.mapbot.slack.SlackText;
import org.mapbot.text.TextCut;

/**
 * The forms of the commitment, as pure functions of what they show: the customer's review of the plan, the steps on
 * their side, a counter-proposal and a step's result. Block ids carry the step or row they belong to.
 */
public final class CommitmentModals {
    /** A review form shows at most this many steps (a line and three fields each, within Slack's 100 blocks). */
    static final int REVIEW_STEPS = 18;
    static final String DATE = "date-";
    static final String OWNER = "owner-";
    static final String NOTE = "note-";
    static final String NEW_TITLE = "new-title-";
    static final String NEW_OWNER = "new-owner-";
    static final String NEW_NAME = "new-name-";
    static final String NEW_DUE = "new-due-";
    static final String INTRO = "intro";
    /** New-step rows in the review form (the "your side" form has {@link PlanReview#NEW_STEPS_AT_ONCE}). */
    static final int REVIEW_NEW_ROWS = 2;

    private CommitmentModals() {
    }

    /** The open steps the review form shows: the customer's view, open ones first, at most {@link #REVIEW_STEPS}. */
    static List<Step> reviewed(PlanView customerView) {
        return customerView.steps().stream().filter(Step::isOpen).limit(REVIEW_STEPS).toList();
    }

    /** "Suggest changes" / "Review and agree": per step another date, owner or a comment; new steps for their side. */
    public static View review(PlanView customerView) {
        Plan plan = customerView.plan();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId(INTRO).text(markdownText("Change a date or an owner, or leave a comment, where the plan "
                + "should be different. *Send* with no changes agrees to the plan as it is; with changes, they go to the "
                + "seller team as proposals, and your agreement counts once they accept them."))));
        for (Step step : reviewed(customerView)) {
            String id = Long.toString(step.id());
            blocks.add(section(s -> s.blockId("step-" + id).text(markdownText(StepText.line(step, plan.timeZone(),
                    customerView.today())))));
            blocks.add(input(i -> i.blockId(DATE + id).optional(true).label(plainText("Date"))
                    .element(datePicker(d -> {
                        if (step.dueDate() != null) {
                            d.initialDate(step.dueDate().toString());
                        }
                        return d.actionId(PlanModals.VALUE);
                    }))));
            blocks.add(input(i -> i.blockId(OWNER + id).optional(true).label(plainText("Another owner"))
                    .element(usersSelect(u -> u.actionId(PlanModals.VALUE)))));
            blocks.add(input(i -> i.blockId(NOTE + id).optional(true).label(plainText("Comment or reason"))
                    .element(plainTextInput(p -> p.actionId(PlanModals.VALUE).maxLength(Limits.REASON)
                            .placeholder(plainText("Our legal team needs two more weeks"))))));
        }
        int hidden = (int) customerView.steps().stream().filter(Step::isOpen).count() - REVIEW_STEPS;
        if (hidden > 0) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + hidden + " more open steps, due later: comment on "
                    + "them from the card's step menu.")))));
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*Steps on your side the plan is missing*"))));
        newStepRows(blocks, REVIEW_NEW_ROWS);
        return PlanModals.modal(CardIds.MODAL_SUGGEST, "Review the plan", "Send", Long.toString(plan.id()), blocks);
    }

    /** "What needs to happen on your side?": several steps for the customer's side at once. */
    public static View yourSide(Plan plan) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId(INTRO).text(markdownText("What needs to happen on *"
                + SlackText.escape(plan.customerName() == null ? "your" : plan.customerName()) + "*'s side to get this right? "
                + "Add the steps with who does them and by when: legal review, security questionnaire, budget approval…"))));
        newStepRows(blocks, PlanReview.NEW_STEPS_AT_ONCE);
        return PlanModals.modal(CardIds.MODAL_YOUR_SIDE, "Your side", "Add steps", Long.toString(plan.id()), blocks);
    }

    private static void newStepRows(List<LayoutBlock> blocks, int rows) {
        for (int row = 1; row <= rows; row++) {
            String n = Integer.toString(row);
            blocks.add(input(i -> i.blockId(NEW_TITLE + n).optional(true).label(plainText("Step " + n))
                    .element(plainTextInput(p -> p.actionId(PlanModals.VALUE).maxLength(Limits.STEP_TITLE)
                            .placeholder(plainText(n.equals("1") ? "Legal review" : "Security questionnaire"))))));
            blocks.add(input(i -> i.blockId(NEW_OWNER + n).optional(true).label(plainText("Who does it (in Slack)"))
                    .element(usersSelect(u -> u.actionId(PlanModals.VALUE)))));
            blocks.add(input(i -> i.blockId(NEW_NAME + n).optional(true).label(plainText("…or a person without Slack"))
                    .element(plainTextInput(p -> p.actionId(PlanModals.VALUE).maxLength(Limits.OWNER_NAME)))));
            blocks.add(input(i -> i.blockId(NEW_DUE + n).optional(true).label(plainText("By when"))
                    .element(datePicker(d -> d.actionId(PlanModals.VALUE)))));
        }
    }

    /** Another date, back the other way. */
    public static View counter(Proposal proposal, Step step, Plan plan) {
        return PlanModals.modal(CardIds.MODAL_COUNTER, "Counter-proposal", "Propose", Long.toString(proposal.id()), List.of(
                section(s -> s.blockId(INTRO).text(markdownText("*" + SlackText.escape(step.title()) + "*: "
                        + CommitmentText.proposal(proposal, plan.timeZone())))),
                input(i -> i.blockId(PlanModals.DUE).label(plainText("Your date")).element(datePicker(d -> d
                        .initialDate(proposal.newDate().toString()).actionId(PlanModals.VALUE)))),
                input(i -> i.blockId(PlanModals.REASON).optional(true).label(plainText("Why this date?"))
                        .element(plainTextInput(p -> p.actionId(PlanModals.VALUE).maxLength(Limits.REASON)
                                .placeholder(plainText("The board meets on the 20th")))))));
    }

    /** What came out of a done step. */
    public static View result(Step step) {
        return PlanModals.modal(CardIds.MODAL_RESULT, "Result", "Save", Long.toString(step.id()), List.of(
                section(s -> s.blockId(INTRO).text(markdownText("*" + SlackText.escape(step.title()) + "* is done. What came out of it?"))),
                input(i -> i.blockId(PlanModals.RESULT).label(plainText("Result")).element(plainTextInput(p -> {
                    if (step.result() != null) {
                        p.initialValue(step.result());
                    }
                    return p.actionId(PlanModals.VALUE).multiline(true).maxLength(Limits.RESULT)
                            .placeholder(plainText("Demo went well; they want a technical test with their IT team"));
                })))));
    }
}
