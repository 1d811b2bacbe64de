package org.mapbot.plan.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.StepRepository.NewStep;

/**
 * The customer's review of the plan, saved whole or not at all: per step another date, another owner or a comment,
 * and steps for their side. Without proposals the review is their agreement; with them, they agree once the seller
 * team accepted them. And "what needs to happen on your side": several customer steps at once.
 */
public final class PlanReview {
    /** Most steps one form adds at once (the form's rows). */
    public static final int NEW_STEPS_AT_ONCE = 5;

    private final DSLContext dsl;
    private final StepRepository steps;
    private final PlanRepository plans;
    private final HistoryRepository history;
    private final CommitmentRepository commitments;
    private final CommitmentService commitment;
    private final StepService stepService;
    private final PlanChanges changes;
    private final Clock clock;

    public PlanReview(DSLContext dsl, StepRepository steps, PlanRepository plans, HistoryRepository history,
                      CommitmentRepository commitments, CommitmentService commitment, StepService stepService,
                      PlanChanges changes, Clock clock) {
        this.dsl = dsl;
        this.steps = steps;
        this.plans = plans;
        this.history = history;
        this.commitments = commitments;
        this.commitment = commitment;
        this.stepService = stepService;
        this.changes = changes;
        this.clock = clock;
    }

    /** What the reviewer asked of one step; null fields are unchanged. */
    public record Suggestion(long stepId, LocalDate date, Owner owner, String comment) {
    }

    /** What a review did: proposals made, comments to post in the card's thread, steps added, and where the plan stands. */
    public record Reviewed(int proposals, List<CommentPosted> comments, List<Step> added, Commitment commitment) {
        public boolean agreed() {
            return proposals == 0;
        }
    }

    public Plan planOf(long planId) {
        return plans.find(planId).orElseThrow(() -> new PlanException(Permissions.GONE));
    }

    /** The plan a review form is for: the customer organisation's to review. */
    public Plan forReview(Actor actor, long planId) {
        Plan plan = planOf(planId);
        Permissions.requireSameInstallation(actor, plan);
        if (actor.isSellerOf(plan)) {
            throw new PlanException("Your team changes the plan directly (the step menus on the card, `/map due 2 next friday "
                    + "legal needs a week`). This form is for " + (plan.customerName() == null ? "the customer" : plan.customerName())
                    + " to suggest changes; *Agree to this plan* on the card asks them.");
        }
        if (!plan.status().isOpen()) {
            throw new PlanException("This plan is " + plan.status().label() + "; it takes no more changes.");
        }
        return plan;
    }

    public Reviewed review(Actor actor, long planId, List<Suggestion> suggestions, List<NewStepRequest> newSteps,
                           boolean channelShared) {
        Plan plan = forReview(actor, planId);
        List<NewStep> checked = checkAll(actor, plan, newSteps, Side.CUSTOMER);
        List<Suggestion> cleaned = new ArrayList<>();
        for (Suggestion s : suggestions) {
            String comment = Limits.optional(s.comment(), Limits.COMMENT, "comment");
            LocalDate date = s.date() == null ? null : Limits.date(s.date(), clock, plan.timeZone(), "date");
            cleaned.add(new Suggestion(s.stepId(), date, s.owner(), comment));
        }
        Instant now = clock.instant();
        Reviewed reviewed = dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            int proposals = 0;
            List<CommentPosted> comments = new ArrayList<>();
            for (Suggestion s : cleaned) {
                StepInPlan target = steps.findWithPlan(s.stepId()).filter(t -> t.plan().id() == plan.id())
                        .filter(t -> !t.step().internalOnly()).orElseThrow(() -> new PlanException(Permissions.GONE));
                Step step = target.step();
                LocalDate date = s.date() != null && !s.date().equals(step.dueDate()) ? s.date() : null;
                Owner owner = s.owner() != null && !s.owner().isNobody() && !sameOwner(s.owner(), step.owner()) ? s.owner() : null;
                if (date != null || owner != null) {
                    commitment.suggest(tx, actor, target, date, owner, s.comment(), now);
                    proposals++;
                } else if (s.comment() != null) {
                    history.append(tx, List.of(Change.ofStep(step, Change.COMMENT, null, s.comment(), null)), actor, now);
                    comments.add(new CommentPosted(target, s.comment(), plan.cardTs() != null));
                }
            }
            List<Step> added = new ArrayList<>();
            for (NewStep step : checked) {
                added.add(stepService.insert(tx, actor, plan, step));
            }
            if (!added.isEmpty()) {
                stepService.touch(tx, plan, actor, true);
            } else {
                plans.touch(tx, plan.id(), actor.userId(), now);
            }
            commitment.agreeAfterReview(tx, actor, plan, proposals > 0, now);
            return new Reviewed(proposals, comments, added, commitments.of(tx, plan.id()));
        });
        changes.committed(plan.id());
        return reviewed;
    }

    /**
     * Several steps for the customer's side at once, from either organisation. Added by the customer, they count as
     * agreed by the customer: a customer who had agreed the plan still agrees with them.
     */
    public List<Step> addCustomerSteps(Actor actor, long planId, List<NewStepRequest> newSteps) {
        Plan plan = planOf(planId);
        Permissions.requireSameInstallation(actor, plan);
        if (!plan.status().isOpen()) {
            throw new PlanException("This plan is " + plan.status().label() + "; it takes no more steps.");
        }
        List<NewStep> checked = checkAll(actor, plan, newSteps, Side.CUSTOMER);
        if (checked.isEmpty()) {
            throw new PlanException("Fill in at least one step, e.g. *Legal review* by Jane Doe on 15 Jan.");
        }
        List<Step> added = dsl.transactionResult(c -> {
            List<Step> inserted = new ArrayList<>();
            for (NewStep step : checked) {
                inserted.add(stepService.insert(c.dsl(), actor, plan, step));
            }
            stepService.touch(c.dsl(), plan, actor, true);
            return inserted;
        });
        changes.committed(plan.id());
        return added;
    }

    private List<NewStep> checkAll(Actor actor, Plan plan, List<NewStepRequest> requests, Side side) {
        if (requests.size() > NEW_STEPS_AT_ONCE) {
            throw new PlanException("At most " + NEW_STEPS_AT_ONCE + " new steps at once.");
        }
        return requests.stream().map(r -> stepService.check(actor, plan,
                new NewStepRequest(r.title(), r.owner(), side, r.dueDate(), false))).toList();
    }

    private static boolean sameOwner(Owner a, Owner b) {
        return Objects.equals(a.userId(), b.userId()) && Objects.equals(a.name(), b.name());
    }
}
