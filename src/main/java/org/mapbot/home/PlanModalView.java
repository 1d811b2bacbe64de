package org.mapbot.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.slack.SlackText;

/** The whole plan in a modal, opened from the Home tab: facts, then every step with owner, due date and status. */
public final class PlanModalView {
    static final int MAX_STEPS_SHOWN = 90;

    private PlanModalView() {
    }

    /** {@code showInternal} only for the seller's organisation. */
    public static View render(PlanView fullView, boolean showInternal) {
        PlanView view = fullView.visibleTo(!showInternal);
        var plan = view.plan();
        List<Step> steps = view.steps();
        List<LayoutBlock> blocks = new ArrayList<>();
        // plain_text shows what was typed: entities there would read as "R&amp;D".
        blocks.add(header(h -> h.text(plainText(SlackText.cut(plan.title(), 150)))));
        String facts = (plan.customerName() == null ? "" : SlackText.escape(plan.customerName(), 150) + " · ")
                + "owner " + SlackText.mention(plan.ownerUserId())
                + " · " + view.doneCount() + "/" + view.countedSteps() + " done"
                + " · target " + (plan.targetDate() == null ? "not set" : SlackText.date(plan.targetDate(), plan.timeZone()))
                + " · projected " + (view.projectedFinish() == null ? "not known" : SlackText.date(view.projectedFinish(), plan.timeZone()))
                + (view.slips().count() > 0 ? " · slipped " + view.slips().count() + "× (" + view.slips().days() + " days)" : "");
        blocks.add(context(c -> c.elements(List.of(markdownText(facts)))));
        steps.stream().limit(MAX_STEPS_SHOWN).forEach(step -> blocks.add(section(s -> s.text(markdownText(line(step, view))))));
        if (steps.size() > MAX_STEPS_SHOWN) {
            int left = steps.size() - MAX_STEPS_SHOWN;
            blocks.add(context(c -> c.elements(List.of(markdownText("… and " + left + " more steps: `/map share` gives a page with all of them.")))));
        }
        if (steps.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No steps yet."))));
        }
        return View.builder().type("modal")
                .title(ViewTitle.builder().type("plain_text").text("Mutual action plan").build())
                .close(ViewClose.builder().type("plain_text").text("Close").build())
                .blocks(blocks).build();
    }

    private static String line(Step step, PlanView view) {
        String mark = step.status() == StepStatus.DONE ? ":white_check_mark:"
                : step.status() == StepStatus.CANCELLED ? ":heavy_minus_sign:"
                : step.isOverdue(view.today()) ? ":red_circle:" : ":white_circle:";
        String owner = step.owner().isSlackUser() ? SlackText.mention(step.owner().userId())
                : step.owner().name() != null ? SlackText.escape(step.owner().name(), 100) : "unassigned";
        return mark + " *" + step.position() + ". " + SlackText.escape(step.title(), 200) + "*"
                + (step.internalOnly() ? " _(internal)_" : "") + "\n" + owner
                + " · " + (step.dueDate() == null ? "no due date" : SlackText.date(step.dueDate(), view.plan().timeZone()))
                + " · " + step.status().label()
                + (step.result() == null ? "" : "\n> " + SlackText.escape(step.result(), 500).replace("\n", "\n> "));
    }
}
