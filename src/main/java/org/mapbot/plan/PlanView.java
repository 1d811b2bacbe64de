package org.mapbot.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as it stands: its steps, slips, projected finish and what "today" is in its time zone. */
public record PlanView(Plan plan, List<Step> steps, Slips slips, LocalDate today) {

    public LocalDate projectedFinish() {
        return ProjectedFinish.of(steps, slips, today);
    }

    public int doneCount() {
        return (int) steps.stream().filter(s -> s.status() == StepStatus.DONE).count();
    }

    /** Cancelled steps do not count: they are not part of the work any more. */
    public int countedSteps() {
        return (int) steps.stream().filter(s -> s.status() != StepStatus.CANCELLED).count();
    }

    public int overdueCount() {
        return (int) steps.stream().filter(s -> s.isOverdue(today)).count();
    }

    public boolean finishesLate() {
        LocalDate projected = projectedFinish();
        return plan.targetDate() != null && projected != null && projected.isAfter(plan.targetDate());
    }

    /** The steps a reader of a channel shared with another organisation may see. */
    public List<Step> visibleSteps(boolean sharedWithOtherOrganisation) {
        return sharedWithOtherOrganisation ? steps.stream().filter(s -> !s.internalOnly()).toList() : steps;
    }
}
