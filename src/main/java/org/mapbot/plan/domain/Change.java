package org.mapbot.plan.domain;

/** One history entry to record: which plan/step, what kind of change, old → new, and why. */
public record Change(long planId, Long stepId, String stepTitle, String kind, String oldValue, String newValue,
                     String reason, Integer daysSlipped) {
    public static final String CREATED = "created";
    public static final String STEP_ADDED = "step_added";
    public static final String STEP_REMOVED = "step_removed";
    public static final String STATUS = "status";
    public static final String DUE_DATE = "due_date";
    public static final String OWNER = "owner";
    public static final String TITLE = "title";
    public static final String COMMENT = "comment";
    public static final String TARGET = "target";
    public static final String PLAN_STATUS = "plan_status";
    public static final String RESULT = "result";
    public static final String PLAN_PROPOSED = "plan_proposed";
    public static final String AGREED = "agreed";
    public static final String DATE_PROPOSED = "date_proposed";
    public static final String OWNER_PROPOSED = "owner_proposed";
    public static final String PROPOSAL_ACCEPTED = "proposal_accepted";
    public static final String PROPOSAL_DECLINED = "proposal_declined";
    public static final String PROPOSAL_COUNTERED = "proposal_countered";
    /** A date both organisations had agreed, changed by the seller without the customer's agreement. */
    public static final String UNILATERAL = "unilateral";

    public static Change ofPlan(long planId, String kind, String oldValue, String newValue, String reason) {
        return new Change(planId, null, null, kind, oldValue, newValue, reason, null);
    }

    public static Change ofStep(Step step, String kind, String oldValue, String newValue, String reason) {
        return new Change(step.planId(), step.id(), step.title(), kind, oldValue, newValue, reason, null);
    }
}
