package org.mapbot.share;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/**
 * What a customer-facing document (share page, PDF, CSV, calendar) may show of a plan, with what the two
 * organisations committed to.
 *
 * <p>The constructor refuses internal-only steps, and proposals about steps the document does not hold, so no
 * renderer can ever be handed one, even if a caller forgets to go through {@link #forCustomer}.
 */
public record PlanDocument(
        Plan plan,
        List<Step> steps,
        LocalDate today,
        LocalDate projectedFinish,
        Map<String, String> displayNames,
        Commitment commitment) {

    static final String UNKNOWN_SLACK_USER = "Slack user";
    static final String UNASSIGNED = "Unassigned";

    public PlanDocument {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(today, "today");
        steps = List.copyOf(steps);
        displayNames = Map.copyOf(displayNames);
        Objects.requireNonNull(commitment, "commitment");
        if (steps.stream().anyMatch(Step::internalOnly)) {
            throw new IllegalArgumentException("internal-only steps must not reach a customer-facing document");
        }
        if (commitment.visibleIn(steps).open().size() != commitment.open().size()) {
            throw new IllegalArgumentException("a proposal about a step the document leaves out must not reach it");
        }
    }

    /** A document of a plan nobody proposed for agreement yet. */
    public PlanDocument(Plan plan, List<Step> steps, LocalDate today, LocalDate projectedFinish,
                        Map<String, String> displayNames) {
        this(plan, steps, today, projectedFinish, displayNames, Commitment.NONE);
    }

    /** Keeps only the steps the customer may see, in plan order. */
    public static PlanDocument forCustomer(
            Plan plan,
            List<Step> steps,
            LocalDate today,
            LocalDate projectedFinish,
            Map<String, String> displayNames) {
        return forCustomer(plan, steps, today, projectedFinish, displayNames, Commitment.NONE);
    }

    /** Keeps only the steps the customer may see, in plan order, and only the proposals about them. */
    public static PlanDocument forCustomer(Plan plan, List<Step> steps, LocalDate today, LocalDate projectedFinish,
                                           Map<String, String> displayNames, Commitment commitment) {
        List<Step> visible = steps.stream()
                .filter(step -> !step.internalOnly())
                .sorted(Comparator.comparingInt(Step::position))
                .toList();
        return new PlanDocument(plan, visible, today, projectedFinish, displayNames, commitment.visibleIn(visible));
    }

    /** Cancelled steps are left out of both counts: they no longer need doing. */
    public Progress progress() {
        int total = (int) steps.stream().filter(step -> step.status() != StepStatus.CANCELLED).count();
        int done = (int) steps.stream().filter(step -> step.status() == StepStatus.DONE).count();
        return new Progress(done, total);
    }

    public List<Step> overdueSteps() {
        return steps.stream().filter(step -> step.isOverdue(today)).toList();
    }

    public String ownerLabel(Step step) {
        return ownerLabel(step.owner());
    }

    public String sellerOwnerLabel() {
        return plan.ownerUserId() == null ? UNASSIGNED : personLabel(plan.ownerUserId());
    }

    private String ownerLabel(Owner owner) {
        if (owner == null || owner.isNobody()) {
            return UNASSIGNED;
        }
        return owner.isSlackUser() ? personLabel(owner.userId()) : owner.name();
    }

    /** A person of either organisation by the name Slack gives them. */
    public String personLabel(String userId) {
        return displayNames.getOrDefault(userId, UNKNOWN_SLACK_USER);
    }
}
