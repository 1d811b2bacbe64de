package org.mapbot.home;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.slack.DealLinkText;
import org.mapbot.slack.SlackText;

/** One plan of "My plans" or the team view: progress, next step, dates, slips, and where the commitment stands. */
final class PlanBlock {
    private static final int BAR_WIDTH = 10;

    private PlanBlock() {
    }

    static LayoutBlock of(PlanSummary summary, boolean withOwner) {
        var plan = summary.plan();
        StringBuilder text = new StringBuilder("*").append(SlackText.escape(plan.title(), 150)).append('*');
        if (plan.customerName() != null) {
            text.append(" — ").append(SlackText.escape(plan.customerName(), 150));
        }
        if (withOwner) {
            text.append(" · ").append(SlackText.mention(plan.ownerUserId()));
        }
        text.append('\n').append(progressBar(summary.done(), summary.counted())).append(' ')
                .append(summary.done()).append('/').append(summary.counted()).append(" done");
        if (summary.overdue() > 0) {
            text.append(" · :red_circle: ").append(summary.overdue()).append(" overdue");
        }
        if (summary.nextStepTitle() != null) {
            text.append("\nNext: ").append(SlackText.escape(summary.nextStepTitle(), 150));
            if (summary.nextStepDue() != null) {
                text.append(" (").append(SlackText.date(summary.nextStepDue(), plan.timeZone())).append(')');
            }
        }
        text.append("\nTarget ").append(date(plan.targetDate(), summary)).append(" · projected ")
                .append(date(summary.projectedFinish(), summary));
        if (summary.daysLate() > 0) {
            text.append(" :warning: ").append(summary.daysLate()).append(summary.daysLate() == 1 ? " day" : " days").append(" late");
        }
        if (summary.slipCount() > 0) {
            text.append(" · slipped ").append(summary.slipCount()).append("× (").append(summary.slipDays()).append(" days)");
        }
        text.append(" · last activity ").append(SlackText.date(summary.lastActivity().atZone(plan.timeZone()).toLocalDate(),
                plan.timeZone()));
        if (plan.status() != PlanStatus.ACTIVE) {
            text.append(" · ").append(plan.status().label().toLowerCase());
        }
        text.append('\n').append(commitment(summary));
        summary.deal().ifPresent(deal -> text.append('\n').append(DealLinkText.line(deal)));
        return section(s -> s.blockId("plan-" + plan.id() + (withOwner ? "-team" : "")).text(markdownText(text.toString()))
                .accessory(button(b -> b.actionId(HomeActions.OPEN_PLAN).value(Long.toString(plan.id()))
                        .text(plainText("Open plan")))));
    }

    private static String date(LocalDate date, PlanSummary summary) {
        return date == null ? "not set" : SlackText.date(date, summary.plan().timeZone());
    }

    /** Where the agreement with the customer stands, and what puts it in doubt. */
    static String commitment(PlanSummary summary) {
        Commitment c = summary.commitment();
        String customer = summary.plan().customerName() == null ? "the customer" : SlackText.escape(summary.plan().customerName(), 150);
        StringBuilder text = new StringBuilder(switch (c.state()) {
            case NOT_PROPOSED -> ":memo: Not yet proposed to " + customer;
            case PROPOSED -> c.agreedBy(OrgSide.CUSTOMER) ? ":hourglass_flowing_sand: Agreed by " + customer + ", waiting for your team"
                    : ":hourglass_flowing_sand: Proposed, waiting for " + customer;
            case AGREED -> ":handshake: Agreed by both";
            case CHANGED_SINCE_AGREEMENT -> ":warning: Changed since agreement";
        });
        count(text, summary.openProposals(), "open proposal", "open proposals");
        count(text, summary.declined(), "date declined", "dates declined");
        count(text, summary.unilateral(), "date changed without agreement", "dates changed without agreement");
        return text.toString();
    }

    private static void count(StringBuilder text, int n, String one, String many) {
        if (n > 0) {
            text.append(" · ").append(n).append(' ').append(n == 1 ? one : many);
        }
    }

    static String progressBar(int done, int total) {
        int filled = total == 0 ? 0 : (int) Math.round(BAR_WIDTH * (double) done / total);
        return "`" + "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + "`";
    }
}
