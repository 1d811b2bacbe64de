package org.mapbot.plan.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.slack.SlackText;
import org.mapbot.text.TextCut;

/**
 * The messages that ask for the customer's agreement: the request in the shared channel ("Does this work for Acme?")
 * and the welcome a person of the other organisation sees when they join. Pure; they are given the plan as the
 * customer sees it, so internal steps never reach them.
 */
public final class CommitmentViews {
    private static final int SUMMARY_CHARS = 2_900;

    private CommitmentViews() {
    }

    /** The value of an Agree button: the plan and the terms version the person is shown. */
    public static String agreeValue(PlanView view) {
        return view.plan().id() + ":" + view.commitment().termsVersion();
    }

    public static String requestText(PlanView customerView) {
        return "Does this work for " + customer(customerView.plan()) + "? The mutual action plan "
                + SlackText.escape(customerView.plan().title()) + " asks for your agreement.";
    }

    /** The request: who asks, the plan's steps, "Does this work for …?", Agree / Suggest changes / your side. */
    public static List<LayoutBlock> request(PlanView customerView, String askedBy) {
        Plan plan = customerView.plan();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(SlackText.mention(askedBy) + " asks " + customer(plan)
                + " to agree to the mutual action plan *" + SlackText.escape(plan.title()) + "*"
                + (plan.targetDate() == null ? "" : ", target " + SlackText.date(plan.targetDate(), plan.timeZone())) + ":"))));
        blocks.add(section(s -> s.text(markdownText(summary(customerView)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(CommitmentText.line(customerView))))));
        if (customerView.commitment().state() == Commitment.State.AGREED || !plan.status().isOpen()) {
            return blocks;
        }
        blocks.add(section(s -> s.text(markdownText("*Does this work for " + customer(plan) + "?*"))));
        blocks.add(actions("agreement", buttons(customerView, "Agree", "Suggest changes", true)));
        return blocks;
    }

    /** The welcome for a person of the other organisation who joined the plan's channel; only they see it. */
    public static List<LayoutBlock> welcome(PlanView customerView, String userId, String sellerOrg) {
        Plan plan = customerView.plan();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("Welcome, " + SlackText.mention(userId) + "! This channel runs the mutual "
                + "action plan *" + SlackText.escape(plan.title()) + "*" + (sellerOrg == null ? "" : " with " + SlackText.escape(sellerOrg))
                + ": the dated steps both sides commit to. Nothing needs the `/map` command; the buttons do everything."))));
        blocks.add(section(s -> s.text(markdownText(summary(customerView)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(CommitmentText.line(customerView))))));
        if (plan.status().isOpen() && customerView.commitment().state() != Commitment.State.AGREED) {
            blocks.add(actions("welcome", buttons(customerView, "Agree", "Review and agree", false)));
        }
        return blocks;
    }

    /** The offer to the seller's plan owner when the channel became shared with the customer. */
    public static List<LayoutBlock> offerToPropose(PlanView view) {
        Plan plan = view.plan();
        return List.of(
                section(s -> s.text(markdownText("This channel is now shared with the customer. Ask them to agree to *"
                        + SlackText.escape(plan.title()) + "*? They get the plan's steps (never the internal ones) with "
                        + "*Agree* and *Suggest changes*."))),
                actions("offer", List.of(button(b -> b.actionId(CardIds.AGREE).style("primary")
                        .text(plainText("Ask " + TextCut.shorten(customerName(plan), 40) + " to agree")).value(agreeValue(view))))));
    }

    private static List<BlockElement> buttons(PlanView view, String agree, String review, boolean yourSide) {
        String planId = Long.toString(view.plan().id());
        List<BlockElement> elements = new ArrayList<>();
        elements.add(button(b -> b.actionId(CardIds.AGREE).style("primary").text(plainText(agree)).value(agreeValue(view))));
        elements.add(button(b -> b.actionId(CardIds.SUGGEST).text(plainText(review)).value(planId)));
        if (yourSide) {
            elements.add(button(b -> b.actionId(CardIds.YOUR_SIDE).text(plainText("What needs to happen on your side?")).value(planId)));
        }
        return elements;
    }

    /** The steps as the customer sees them, one line each, within one section. */
    static String summary(PlanView customerView) {
        StringBuilder text = new StringBuilder();
        List<Step> steps = customerView.steps().stream().filter(s -> s.status() != StepStatus.CANCELLED).toList();
        for (Step step : steps) {
            String line = step.position() + ". *" + SlackText.escape(TextCut.shorten(step.title(), 120)) + "* — "
                    + StepText.owner(step.owner())
                    + (step.dueDate() == null ? "" : " — due " + SlackText.date(step.dueDate(), customerView.plan().timeZone()))
                    + (step.status() == StepStatus.DONE ? " — done" : "") + "\n";
            if (text.length() + line.length() > SUMMARY_CHARS) {
                text.append("…and more: *Full plan* on the card shows every step.");
                break;
            }
            text.append(line);
        }
        return text.isEmpty() ? "_No steps yet._" : text.toString().strip();
    }

    private static String customer(Plan plan) {
        return SlackText.escape(customerName(plan));
    }

    private static String customerName(Plan plan) {
        return plan.customerName() == null ? "the customer" : plan.customerName();
    }
}
