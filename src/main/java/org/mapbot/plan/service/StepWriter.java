package org.mapbot.plan.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;

/**
 * The one way a step is written: the step as decided (only if nobody changed it since it was read), its history, and
 * the plan's new version — and new terms, when what the organisations agree on changed.
 */
final class StepWriter {
    private static final int MAX_CONFLICT_RETRIES = 3;

    private final DSLContext dsl;
    private final StepRepository steps;
    private final PlanRepository plans;
    private final HistoryRepository history;
    private final Terms terms;
    private final PlanChanges changes;
    private final Clock clock;

    StepWriter(DSLContext dsl, StepRepository steps, PlanRepository plans, HistoryRepository history, Terms terms,
               PlanChanges changes, Clock clock) {
        this.dsl = dsl;
        this.steps = steps;
        this.plans = plans;
        this.history = history;
        this.terms = terms;
        this.changes = changes;
        this.clock = clock;
    }

    /** The step a click names, checked: same installation, shown where it was clicked, and the actor may work it. */
    StepInPlan forWork(Actor actor, long stepId, Origin origin, String what) {
        StepInPlan target = find(stepId);
        Permissions.requireCanWork(actor, target.plan(), target.step(), origin, what);
        return target;
    }

    /** The step a seller-only action (reassign, edit, remove) names, checked the same way. */
    StepInPlan forSeller(Actor actor, long stepId, Origin origin, String what) {
        StepInPlan target = find(stepId);
        Permissions.requireSeller(actor, target.plan(), what);
        Permissions.requireShownAt(target.plan(), origin);
        return target;
    }

    /** Who may make the change: anyone who may work the step, or the seller team only. */
    record Access(String what, boolean sellerOnly) {
        static Access work(String what) {
            return new Access(what, false);
        }

        static Access seller(String what) {
            return new Access(what, true);
        }
    }

    @FunctionalInterface
    interface Decision {
        Edit decide(Plan plan, Step step);
    }

    private StepInPlan find(long stepId) {
        return steps.findWithPlan(stepId).orElseThrow(() -> new PlanException(Permissions.GONE));
    }

    /**
     * Reads the step, checks the actor may work it from where they clicked, lets {@code decide} work out the change,
     * and writes it only if nobody changed the step meanwhile; on a conflict it reads again and decides again, so
     * concurrent clicks never lose an update. A request that changes nothing refreshes the card the clicker saw.
     */
    StepChange change(Actor actor, long stepId, Origin origin, Access access, Decision decision) {
        for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
            StepInPlan target = access.sellerOnly() ? forSeller(actor, stepId, origin, access.what())
                    : forWork(actor, stepId, origin, access.what());
            Edit edit = decision.decide(target.plan(), target.step());
            if (edit.changed() == null) {
                if (origin.surface() == Origin.Surface.MESSAGE) {
                    changes.committed(target.plan().id()); // they saw a stale card: show them the current one
                }
                return StepChange.unchanged(target.plan(), target.step(), edit.note());
            }
            Optional<Step> saved = dsl.transactionResult(c -> write(c.dsl(), target, edit, actor));
            if (saved.isPresent()) {
                changes.committed(target.plan().id());
                return StepChange.changed(target.plan(), saved.get());
            }
        }
        throw new PlanException("Someone else is changing that step right now. Please try again.");
    }

    /** A decided change: the step as it should be and its history entries; no step means nothing to change. */
    record Edit(Step changed, List<Change> log, String note, boolean terms) {
        static Edit none(String note) {
            return new Edit(null, List.of(), note, false);
        }

        static Edit of(Step changed, List<Change> log, boolean terms) {
            return new Edit(changed, log, null, terms);
        }
    }

    /** Writes {@code edit} in {@code tx}; empty when someone else changed the step since it was read. */
    Optional<Step> write(DSLContext tx, StepInPlan target, Edit edit, Actor actor) {
        Optional<Step> written = steps.update(tx, target.step(), edit.changed(), actor.userId(), clock.instant());
        if (written.isPresent()) {
            history.append(tx, edit.log(), actor, clock.instant());
            if (edit.terms()) {
                terms.changed(tx, target.plan(), actor, clock.instant());
            } else {
                plans.touch(tx, target.plan().id(), actor.userId(), clock.instant());
            }
        }
        return written;
    }

    static Change dueDateChange(Step step, LocalDate due, String why) {
        Integer slipped = step.dueDate() == null || due == null ? null : (int) ChronoUnit.DAYS.between(step.dueDate(), due);
        return new Change(step.planId(), step.id(), step.title(), Change.DUE_DATE, str(step.dueDate()), str(due), why, slipped);
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
