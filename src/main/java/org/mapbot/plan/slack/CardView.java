package org.mapbot.plan.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mapbot.slack.SlackText;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.DealLink;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Proposal;
import java.util.Optional;
import org.mapbot.text.TextCut;

/**
 * The live plan card: one message per plan, rebuilt from the plan's state after every change.
 * Pure: the same plan view gives the same blocks.
 */
public final class CardView {
    /** Slack allows 50 blocks in a message; each step with buttons takes two. */
    static final int STEPS_WITH_BUTTONS = 20;

    private CardView() {
    }

    /** The notification text; in a channel shared with another organisation it counts only the steps it may see. */
    public static String fallbackText(PlanView view, boolean sharedWithOtherOrganisation) {
        PlanView seen = view.visibleTo(sharedWithOtherOrganisation);
        return "Mutual action plan: " + SlackText.escape(seen.plan().title()) + " (" + seen.doneCount() + "/"
                + seen.countedSteps() + " done)";
    }

    /** Every number on the card is computed from the steps its readers may see. */
    public static List<LayoutBlock> blocks(PlanView fullView, boolean sharedWithOtherOrganisation) {
        return blocks(fullView, sharedWithOtherOrganisation, Optional.empty());
    }

    /**
     * The card with the plan's CRM deal in its badge line, when the channel is internal: the deal is the seller's
     * business, so a channel shared with another organisation never gets it, whatever is passed.
     */
    public static List<LayoutBlock> blocks(PlanView fullView, boolean sharedWithOtherOrganisation, Optional<DealLink> deal) {
        Optional<DealLink> internalDeal = sharedWithOtherOrganisation ? Optional.empty() : deal;
        PlanView view = fullView.visibleTo(sharedWithOtherOrganisation);
        Plan plan = view.plan();
        List<Step> steps = view.steps();
        List<LayoutBlock> blocks = new ArrayList<>();
        String status = plan.status() == PlanStatus.ACTIVE ? "" : " — " + plan.status().label();
        blocks.add(header(h -> h.text(plainText(TextCut.shorten(plan.title() + status, 150)))));
        blocks.add(section(s -> s.text(markdownText(summary(view)))));
        List<ContextBlockElement> badges = new ArrayList<>(List.of(markdownText(badges(view, steps))));
        internalDeal.ifPresent(d -> badges.add(markdownText(DealLinkText.line(d))));
        blocks.add(context(c -> c.elements(badges)));
        blocks.add(context(c -> c.elements(List.of(markdownText(CommitmentText.line(view))))));
        blocks.add(divider());

        List<Step> withButtons = steps.size() <= STEPS_WITH_BUTTONS ? steps : mostRelevant(steps, view);
        for (Step step : steps) {
            if (!withButtons.contains(step)) {
                continue;
            }
            Optional<Proposal> proposal = view.commitment().openFor(step.id());
            String line = StepText.line(step, plan.timeZone(), view.today())
                    + proposal.map(p -> "\n" + CommitmentText.proposal(p, plan.timeZone())).orElse("");
            blocks.add(section(s -> s.blockId("step-" + step.id()).text(markdownText(line))));
            if (plan.status().isOpen()) {
                blocks.add(actions("actions-" + step.id(), stepButtons(step, proposal)));
            }
        }
        if (steps.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("_No steps yet._ Add the first one with *Add step* below."))));
        }
        int hidden = steps.size() - withButtons.size();
        if (hidden > 0) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + hidden + " more steps (done, cancelled or due later). "
                    + "*Full plan* shows them all.")))));
        }
        blocks.add(divider());
        List<BlockElement> footer = new ArrayList<>();
        if (plan.status().isOpen()) {
            footer.add(button(b -> b.actionId(CardIds.ADD_STEP).text(plainText("Add step")).value(Long.toString(plan.id()))));
        }
        footer.add(button(b -> b.actionId(CardIds.FULL_PLAN).text(plainText("Full plan")).value(Long.toString(plan.id()))));
        if (plan.status().isOpen() && view.commitment().state() != Commitment.State.AGREED && !steps.isEmpty()) {
            footer.add(button(b -> b.actionId(CardIds.AGREE).text(plainText("Agree to this plan")).value(CommitmentViews.agreeValue(view))));
        }
        if (plan.status().isOpen()) {
            footer.add(button(b -> b.actionId(CardIds.YOUR_SIDE).text(plainText("What needs to happen on your side?"))
                    .value(Long.toString(plan.id()))));
        }
        blocks.add(actions("card-footer", footer));
        return blocks;
    }

    private static List<BlockElement> stepButtons(Step step, Optional<Proposal> proposal) {
        String id = Long.toString(step.id());
        List<BlockElement> elements = new ArrayList<>();
        proposal.ifPresent(p -> {
            String pid = Long.toString(p.id());
            elements.add(button(b -> b.actionId(CardIds.ACCEPT).text(plainText("Accept")).style("primary").value(pid)));
            elements.add(button(b -> b.actionId(CardIds.DECLINE).text(plainText("Decline")).value(pid)));
            if (p.kind() == Proposal.Kind.DATE) {
                elements.add(button(b -> b.actionId(CardIds.COUNTER).text(plainText("Counter")).value(pid)));
            }
        });
        if (step.status() == StepStatus.DONE || step.status() == StepStatus.CANCELLED) {
            elements.add(button(b -> b.actionId(CardIds.REOPEN).text(plainText("Reopen")).value(id)));
        } else {
            elements.add(button(b -> b.actionId(CardIds.DONE).text(plainText("Done")).style("primary").value(id)));
        }
        List<OptionObject> more = List.of(
                option(plainText("New date"), CardIds.NEW_DATE + ":" + id),
                option(plainText("Reassign"), CardIds.REASSIGN + ":" + id),
                option(plainText("Blocked"), CardIds.BLOCKED + ":" + id),
                option(plainText("Comment"), CardIds.COMMENT + ":" + id));
        elements.add(overflowMenu(o -> o.actionId(CardIds.MORE).options(more)));
        return elements;
    }

    /** For big plans: open steps first (overdue, then soonest due), then the rest, up to the button limit. */
    private static List<Step> mostRelevant(List<Step> steps, PlanView view) {
        return steps.stream()
                .sorted(Comparator.comparing((Step s) -> !s.isOpen())
                        .thenComparing(s -> s.dueDate() == null ? java.time.LocalDate.MAX : s.dueDate())
                        .thenComparing(Step::position))
                .limit(STEPS_WITH_BUTTONS)
                .toList();
    }

    private static String summary(PlanView view) {
        Plan plan = view.plan();
        StringBuilder text = new StringBuilder();
        if (plan.customerName() != null) {
            text.append("*Customer:* ").append(SlackText.escape(plan.customerName())).append("   ");
        }
        text.append("*Owner:* ").append(SlackText.mention(plan.ownerUserId()));
        text.append("\n*Target:* ").append(plan.targetDate() == null ? "not set" : SlackText.date(plan.targetDate(), plan.timeZone()));
        if (view.projectedFinish() != null) {
            text.append("   *Projected finish:* ").append(SlackText.date(view.projectedFinish(), plan.timeZone()));
            if (view.finishesLate()) {
                text.append(" :warning: after target");
            }
        }
        return text.toString();
    }

    private static String badges(PlanView view, List<Step> visible) {
        int done = (int) visible.stream().filter(s -> s.status() == StepStatus.DONE).count();
        int total = (int) visible.stream().filter(s -> s.status() != StepStatus.CANCELLED).count();
        long overdue = visible.stream().filter(s -> s.isOverdue(view.today())).count();
        StringBuilder text = new StringBuilder(StepText.bar(done, total)).append("  *").append(done).append('/').append(total)
                .append(" done*");
        if (overdue > 0) {
            text.append("   :red_circle: ").append(overdue).append(" overdue");
        }
        if (view.slips().count() > 0) {
            text.append("   :hourglass: ").append(view.slips().count()).append(view.slips().count() == 1 ? " slip, " : " slips, ")
                    .append(view.slips().days()).append(" days");
        }
        return text.toString();
    }
}
