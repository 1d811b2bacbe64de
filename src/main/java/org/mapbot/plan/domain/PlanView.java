package org.mapbot.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plan as it stands: its steps, slips, projected finish and what "today" is in its time zone. Every number it
 * gives (done, overdue, slips, projected finish) is computed from the steps it holds, so {@link #forCustomer()}
 * gives the customer numbers that no internal step moved.
 */
public record PlanView(Plan plan, List<Step> steps, SlipLog slipLog, LocalDate today, Commitment commitment) {

    public PlanView {
        steps = List.copyOf(steps);
    }

    public PlanView(Plan plan, List<Step> steps, SlipLog slipLog, LocalDate today) {
        this(plan, steps, slipLog, today, Commitment.NONE);
    }

    public Slips slips() {
        return slipLog.total();
    }

    public LocalDate projectedFinish() {
        return ProjectedFinish.of(steps, slips(), today);
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

    /** The plan as the customer's organisation may see it: no internal step, and nothing counted from one. */
    public PlanView forCustomer() {
        List<Step> visible = steps.stream().filter(s -> !s.internalOnly()).toList();
        Set<Long> ids = visible.stream().map(Step::id).collect(Collectors.toSet());
        return new PlanView(plan, visible, slipLog.onlyOf(ids), today, commitment.visibleIn(visible));
    }

    /** The plan as readers of a channel see it: shared with another organisation means the customer's view. */
    public PlanView visibleTo(boolean sharedWithOtherOrganisation) {
        return sharedWithOtherOrganisation ? forCustomer() : this;
    }

    /** The steps a reader of a channel shared with another organisation may see. */
    public List<Step> visibleSteps(boolean sharedWithOtherOrganisation) {
        return visibleTo(sharedWithOtherOrganisation).steps();
    }
}
