package org.mapbot.plan.slack;

import java.time.LocalDate;
import java.time.ZoneId;
import org.mapbot.slack.SlackText;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/** How steps read in Slack: status icon, escaped title, owner mention, side, local date. */
public final class StepText {
    private StepText() {
    }

    public static String icon(Step step, LocalDate today) {
        if (step.isOverdue(today)) {
            return ":red_circle:";
        }
        return switch (step.status()) {
            case TODO -> ":white_circle:";
            case IN_PROGRESS -> ":large_blue_circle:";
            case BLOCKED -> ":no_entry:";
            case DONE -> ":white_check_mark:";
            case CANCELLED -> ":heavy_minus_sign:";
        };
    }

    public static String owner(Owner owner) {
        if (owner == null || owner.isNobody()) {
            return "_unassigned_";
        }
        return owner.isSlackUser() ? SlackText.mention(owner.userId()) : SlackText.escape(owner.name());
    }

    /** "*3. Security review*" plus a second line with owner, side, due date and badges. */
    public static String line(Step step, ZoneId zone, LocalDate today) {
        String title = SlackText.escape(step.title());
        String head = step.status() == StepStatus.CANCELLED ? "~" + step.position() + ". " + title + "~"
                : "*" + step.position() + ". " + title + "*";
        StringBuilder text = new StringBuilder(icon(step, today)).append(' ').append(head);
        if (step.internalOnly()) {
            text.append("  :lock: _internal_");
        }
        text.append('\n').append(owner(step.owner())).append(" · ").append(step.side().label());
        if (step.dueDate() != null) {
            text.append(" · due ").append(SlackText.date(step.dueDate(), zone)).append(CommitmentText.mark(step, zone));
        }
        if (step.isOverdue(today)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(step.dueDate(), today);
            text.append(" · *overdue ").append(days).append(days == 1 ? " day*" : " days*");
        }
        if (step.status() != StepStatus.TODO && step.status() != StepStatus.DONE && step.status() != StepStatus.CANCELLED) {
            text.append(" · ").append(step.status().label());
        }
        if (step.result() != null && !step.result().isBlank()) {
            text.append("\n> ").append(SlackText.escape(step.result(), 300).replace("\n", " "));
        }
        return text.toString();
    }

    /** A text progress bar: ▰▰▰▱▱▱▱▱▱▱ */
    public static String bar(int done, int total) {
        int filled = total == 0 ? 0 : Math.round(10f * done / total);
        return "▰".repeat(filled) + "▱".repeat(10 - filled);
    }
}
