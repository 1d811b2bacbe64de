package org.mapbot.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.DealLink;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.ProjectedFinish;
import org.mapbot.plan.domain.Slips;

/**
 * A plan with the numbers the Home tab shows, all computed by the database in one query; the projected finish
 * is {@link ProjectedFinish}'s rule applied to the inputs the query computed. {@code unilateral} counts the agreed
 * dates the seller changed without the customer's agreement, {@code declined} the new dates the other side declined;
 * {@code deal} is the plan's CRM deal (the summaries are shown to the seller's people only).
 */
public record PlanSummary(Plan plan, int counted, int done, int overdue, int dated, LocalDate lastOpenDue,
                          LocalDate lastDue, String nextStepTitle, LocalDate nextStepDue, int slipCount, int slipDays,
                          LocalDate today, Instant lastActivity, Commitment commitment, int unilateral, int declined,
                          Optional<DealLink> deal) {

    public PlanSummary(Plan plan, int counted, int done, int overdue, int dated, LocalDate lastOpenDue, LocalDate lastDue,
                       String nextStepTitle, LocalDate nextStepDue, int slipCount, int slipDays, LocalDate today, Instant lastActivity,
                       Commitment commitment, int unilateral, int declined) {
        this(plan, counted, done, overdue, dated, lastOpenDue, lastDue, nextStepTitle, nextStepDue, slipCount, slipDays, today,
                lastActivity, commitment, unilateral, declined, Optional.empty());
    }

    public int openProposals() {
        return commitment.open().size();
    }

    public LocalDate projectedFinish() {
        return ProjectedFinish.from(lastOpenDue, lastDue, dated, new Slips(slipCount, slipDays), today);
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
