package org.mapbot.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.mapbot.plan.domain.Plan;

/**
 * A plan with the numbers the Home tab shows, all computed by the database in one query.
 * The projected finish follows {@link org.mapbot.plan.domain.ProjectedFinish}: the last open due date (never before today),
 * pushed out by the average slip per dated step.
 */
public record PlanSummary(Plan plan, int counted, int done, int overdue, int dated, LocalDate lastOpenDue,
                          LocalDate lastDue, String nextStepTitle, LocalDate nextStepDue, int slipCount, int slipDays,
                          LocalDate today, Instant lastActivity) {

    public LocalDate projectedFinish() {
        if (lastOpenDue == null) {
            return lastDue;
        }
        LocalDate finish = lastOpenDue.isBefore(today) ? today : lastOpenDue;
        if (slipDays > 0 && dated > 0) {
            finish = finish.plusDays((slipDays + dated - 1) / dated);
        }
        return finish;
    }

    /** Days the projected finish lies after the target; 0 when on time or either is unknown. */
    public long daysLate() {
        LocalDate projected = projectedFinish();
        if (plan.targetDate() == null || projected == null || !projected.isAfter(plan.targetDate())) {
            return 0;
        }
        return ChronoUnit.DAYS.between(plan.targetDate(), projected);
    }
}
