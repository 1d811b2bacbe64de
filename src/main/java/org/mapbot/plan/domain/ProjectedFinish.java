package org.mapbot.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * When the plan will probably finish: the last open step's due date (never before today), pushed out by the
 * plan's average slip per dated step so far. No open dated step: the plan's last due date. The one rule, whether the
 * inputs come from a plan's steps or from a query that computed them (the Home tab's).
 */
public final class ProjectedFinish {
    private ProjectedFinish() {
    }

    public static LocalDate of(List<Step> steps, Slips slips, LocalDate today) {
        LocalDate lastOpen = null;
        LocalDate lastAny = null;
        int dated = 0;
        for (Step step : steps) {
            if (step.dueDate() == null || step.status() == StepStatus.CANCELLED) {
                continue;
            }
            dated++;
            lastAny = max(lastAny, step.dueDate());
            if (step.isOpen()) {
                lastOpen = max(lastOpen, step.dueDate());
            }
        }
        return from(lastOpen, lastAny, dated, slips, today);
    }

    /**
     * @param lastOpenDue the latest due date of an open step, or null
     * @param lastDue     the latest due date of any step that is not cancelled, or null
     * @param dated       how many steps that are not cancelled have a due date
     */
    public static LocalDate from(LocalDate lastOpenDue, LocalDate lastDue, int dated, Slips slips, LocalDate today) {
        if (lastOpenDue == null) {
            return lastDue;
        }
        LocalDate finish = max(lastOpenDue, today);
        if (slips.days() > 0 && dated > 0) {
            finish = finish.plusDays((slips.days() + dated - 1) / dated);
        }
        return finish;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
