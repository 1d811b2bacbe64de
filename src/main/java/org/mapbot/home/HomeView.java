package org.mapbot.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.slack.SlackText;

/**
 * The Home tab as Block Kit, a pure function of {@link HomeModel}. Slack allows 100 blocks per view, so each
 * section shows a bounded number of rows (steps page by page, most urgent first) and says how many are left out.
 */
public final class HomeView {
    public static final int MAX_BLOCKS = 100;
    public static final int STEPS_PER_PAGE = 25;
    static final int MY_PLANS_SHOWN = 10;
    static final int TEAM_PLANS_SHOWN = 15;

    private HomeView() {
    }

    public static View render(HomeModel model) {
        List<LayoutBlock> blocks = new ArrayList<>();
        WaitingSection.render(blocks, model.waiting());
        mySteps(blocks, model.steps());
        if (model.seller()) {
            myPlans(blocks, model.myPlans());
            teamView(blocks, model.teamPlans());
        }
        if (blocks.size() > MAX_BLOCKS) {
            throw new IllegalStateException("Home view has " + blocks.size() + " blocks; Slack allows " + MAX_BLOCKS);
        }
        return View.builder().type("home").privateMetadata("offset=" + model.steps().offset()).blocks(blocks).build();
    }

    private static void mySteps(List<LayoutBlock> blocks, OwnedSteps steps) {
        if (!blocks.isEmpty()) {
            blocks.add(divider());
        }
        blocks.add(header(h -> h.text(plainText("My steps"))));
        if (steps.total() == 0) {
            blocks.add(section(s -> s.text(markdownText("Nothing is waiting for you. :tada:"))));
            return;
        }
        int from = steps.offset() + 1;
        int to = steps.offset() + steps.page().size();
        blocks.add(context(c -> c.elements(List.of(markdownText("*" + steps.total() + "* open "
                + (steps.total() == 1 ? "step" : "steps") + (steps.overdue() > 0 ? " · *" + steps.overdue() + "* overdue" : "")
                + (steps.total() > steps.page().size() ? " · showing " + from + "–" + to + ", most urgent first" : ""))))));
        Urgency group = null;
        for (OwnedStep step : steps.page()) {
            Urgency urgency = Urgency.of(step);
            if (urgency != group) {
                group = urgency;
                String label = urgency.label;
                blocks.add(section(s -> s.text(markdownText("*" + label + "*"))));
            }
            blocks.add(section(s -> s.blockId("step-" + step.stepId()).text(markdownText(stepLine(step)))
                    .accessory(button(b -> b.actionId(HomeActions.STEP_DONE).value(Long.toString(step.stepId()))
                            .text(plainText("Done")).style("primary")))));
        }
        List<BlockElement> paging = new ArrayList<>();
        if (to < steps.total()) {
            int next = Math.min(STEPS_PER_PAGE, steps.total() - to);
            paging.add(button(b -> b.actionId(HomeActions.STEPS_PAGE).value(Integer.toString(to))
                    .text(plainText("Show " + next + " more"))));
        }
        if (steps.offset() > 0) {
            paging.add(button(b -> b.actionId(HomeActions.STEPS_PAGE + "_first").value("0")
                    .text(plainText("Back to the most urgent"))));
        }
        if (!paging.isEmpty()) {
            blocks.add(actions(a -> a.blockId("steps-paging").elements(paging)));
        }
    }

    private static String stepLine(OwnedStep step) {
        StringBuilder line = new StringBuilder("*").append(SlackText.escape(step.title(), 200)).append("*\n")
                .append(SlackText.escape(step.planTitle(), 150));
        if (step.dueDate() != null) {
            line.append(" · due ").append(SlackText.date(step.dueDate(), step.planZone()));
        } else {
            line.append(" · no due date");
        }
        if (step.isOverdue()) {
            line.append(" · :red_circle: overdue");
        }
        if (step.status() == StepStatus.BLOCKED) {
            line.append(" · :no_entry: blocked");
        } else if (step.status() == StepStatus.IN_PROGRESS) {
            line.append(" · in progress");
        }
        return line.toString();
    }

    private static void myPlans(List<LayoutBlock> blocks, List<PlanSummary> plans) {
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("My plans"))));
        if (plans.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    "You own no active plan. Start one in a deal channel with `/map new Acme rollout with enterprise`.")))));
            return;
        }
        plans.stream().limit(MY_PLANS_SHOWN).forEach(plan -> blocks.add(PlanBlock.of(plan, false)));
        more(blocks, plans.size() - MY_PLANS_SHOWN, "plan");
    }

    private static void teamView(List<LayoutBlock> blocks, List<PlanSummary> plans) {
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("Team view"))));
        if (plans.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("No active plans in this workspace.")))));
            return;
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "All active plans. " + PlanRisk.EXPLAINED)))));
        plans.stream().limit(TEAM_PLANS_SHOWN).forEach(plan -> blocks.add(PlanBlock.of(plan, true)));
        more(blocks, plans.size() - TEAM_PLANS_SHOWN, "plan");
    }

    private static void more(List<LayoutBlock> blocks, int left, String what) {
        if (left > 0) {
            blocks.add(context(c -> c.elements(List.of(markdownText("… and " + left + " more " + what + (left == 1 ? "" : "s")
                    + ", quieter than these.")))));
        }
    }

    /** How soon a step needs attention, in the plan's own calendar. */
    enum Urgency {
        OVERDUE("Overdue"), THIS_WEEK("Due this week"), LATER("Later");

        final String label;

        Urgency(String label) {
            this.label = label;
        }

        static Urgency of(OwnedStep step) {
            if (step.isOverdue()) {
                return OVERDUE;
            }
            LocalDate endOfWeek = step.planToday().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            return step.dueDate() != null && !step.dueDate().isAfter(endOfWeek) ? THIS_WEEK : LATER;
        }
    }
}
