package org.mapbot.plan.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.OwnerText;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.StepRepository.NewStep;

/**
 * The rules of a plan's steps: adding, working and editing them. Knows nothing of Slack: callers pass who acts, where
 * the request came from and what they asked; every change commits, then tells {@link PlanChanges}.
 */
public final class StepService {
    private static final int MAX_CONFLICT_RETRIES = 3;

    private final DSLContext dsl;
    private final StepRepository steps;
    private final PlanRepository plans;
    private final HistoryRepository history;
    private final PlanChanges changes;
    private final Clock clock;

    public StepService(DSLContext dsl, StepRepository steps, PlanRepository plans, HistoryRepository history,
                       PlanChanges changes, Clock clock) {
        this.dsl = dsl;
        this.steps = steps;
        this.plans = plans;
        this.history = history;
        this.changes = changes;
        this.clock = clock;
    }

    /** The step a click names, checked: same installation, shown where it was clicked, and the actor may work it. */
    public StepInPlan forWork(Actor actor, long stepId, Origin origin, String what) {
        StepInPlan target = find(stepId);
        Permissions.requireCanWork(actor, target.plan(), target.step(), origin, what);
        return target;
    }

    /** The step a seller-only action (reassign, edit, remove) names, checked the same way. */
    public StepInPlan forSeller(Actor actor, long stepId, Origin origin, String what) {
        StepInPlan target = find(stepId);
        Permissions.requireSeller(actor, target.plan(), what);
        Permissions.requireShownAt(target.plan(), origin);
        return target;
    }

    public Step stepAt(Plan plan, int number) {
        return steps.atPosition(dsl, plan.id(), number).orElseThrow(() -> new PlanException(
                "There is no step " + number + " in this plan. `/map list` shows the step numbers."));
    }

    public Step add(Actor actor, Plan plan, NewStepRequest request) {
        String title = Limits.require(request.title(), Limits.STEP_TITLE, "step title", "`/map add Security review @jane by friday`");
        Owner owner = request.owner();
        if (owner.name() != null) {
            Limits.require(owner.name(), Limits.OWNER_NAME, "owner's name", "`/map add Legal review \"Jane Doe (Legal)\" by week 3`");
        }
        Permissions.requireSameInstallation(actor, plan);
        Side side = request.side() != null ? request.side() : Side.ownedBy(owner, plan);
        if (!actor.isSellerOf(plan) && (side == Side.SELLER || request.internalOnly())) {
            throw new PlanException("Only the seller team can add seller-side or internal steps. You can add steps for your side.");
        }
        if (request.internalOnly()) {
            Permissions.requireInternalOwner(plan, owner);
        }
        LocalDate due = Limits.date(request.dueDate(), clock, plan.timeZone(), "due date");
        Step added = dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Step step = steps.insertOne(tx, plan.id(), new NewStep(title, side, owner, due, request.internalOnly()),
                    Limits.STEPS_PER_PLAN, actor.userId(), clock.instant()).orElseThrow(() -> new PlanException(
                    "This plan already has " + Limits.STEPS_PER_PLAN + " steps, the most a plan can hold. "
                            + "Remove finished or cancelled ones with `/map remove <n>`."));
            history.append(tx, List.of(Change.ofStep(step, Change.STEP_ADDED, null, title, null)), actor, clock.instant());
            plans.touch(tx, plan.id(), actor.userId(), clock.instant());
            return step;
        });
        changes.committed(plan.id());
        return added;
    }

    public StepChange markDone(Actor actor, long stepId, Origin origin, String result) {
        String cleanResult = Limits.optional(result, Limits.RESULT, "result");
        return change(actor, stepId, origin, Access.work("mark done"), (plan, step) -> {
            if (step.status() == StepStatus.DONE) {
                return Edit.none("That step was already marked done; the card now shows the current state.");
            }
            List<Change> log = new ArrayList<>();
            log.add(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.DONE.dbValue(), null));
            if (cleanResult != null) {
                log.add(Change.ofStep(step, Change.RESULT, step.result(), cleanResult, null));
            }
            return new Edit(step.withStatus(StepStatus.DONE, clock.instant())
                    .withResult(cleanResult == null ? step.result() : cleanResult), log, null);
        });
    }

    public StepChange reopen(Actor actor, long stepId, Origin origin) {
        return change(actor, stepId, origin, Access.work("reopen"), (plan, step) -> step.status() == StepStatus.TODO
                ? Edit.none("That step is already open; the card now shows the current state.")
                : new Edit(step.withStatus(StepStatus.TODO, null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.TODO.dbValue(), null)), null));
    }

    public StepChange block(Actor actor, long stepId, Origin origin, String reason) {
        String why = Limits.require(reason, Limits.REASON, "reason", "`waiting for the customer's security questionnaire`");
        return change(actor, stepId, origin, Access.work("mark blocked"), (plan, step) -> new Edit(step.withStatus(StepStatus.BLOCKED, null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.BLOCKED.dbValue(), why)), null));
    }

    public StepChange cancel(Actor actor, long stepId, Origin origin, String reason) {
        String why = Limits.optional(reason, Limits.REASON, "reason");
        return change(actor, stepId, origin, Access.work("cancel"), (plan, step) -> step.status() == StepStatus.CANCELLED
                ? Edit.none(null)
                : new Edit(step.withStatus(StepStatus.CANCELLED, null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.CANCELLED.dbValue(), why)), null));
    }

    /** A new due date; every change of an existing date needs a reason (it is in the slip log). */
    public StepChange changeDueDate(Actor actor, long stepId, Origin origin, LocalDate due, String reason) {
        String why = Limits.optional(reason, Limits.REASON, "reason");
        return change(actor, stepId, origin, Access.work("change the date of"), (plan, step) -> {
            LocalDate date = Limits.date(due, clock, plan.timeZone(), "due date");
            if (date.equals(step.dueDate())) {
                return Edit.none(null);
            }
            if (why == null) {
                throw new PlanException("Please give a reason for the new date, e.g. `/map due " + step.position()
                        + " " + date + " legal needs another week`.");
            }
            return new Edit(step.withDueDate(date), List.of(dueDateChange(step, date, why)), null);
        });
    }

    public StepChange assign(Actor actor, long stepId, Origin origin, Owner owner) {
        return change(actor, stepId, origin, Access.seller("reassign steps"), (plan, step) -> {
            if (step.internalOnly()) {
                Permissions.requireInternalOwner(plan, owner);
            }
            Side side = owner.isSlackUser() ? Side.ownedBy(owner, plan) : step.side();
            return new Edit(step.withOwner(owner, side),
                    List.of(Change.ofStep(step, Change.OWNER, OwnerText.plain(step.owner()), OwnerText.plain(owner), null)), null);
        });
    }

    /** A full edit from the edit modal, for the seller team; the due date rule (reason for a change) still applies. */
    public StepChange edit(Actor actor, long stepId, Origin origin, StepEdit edit) {
        String title = Limits.require(edit.title(), Limits.STEP_TITLE, "step title", "`Security review`");
        String result = Limits.optional(edit.result(), Limits.RESULT, "result");
        String why = Limits.optional(edit.reason(), Limits.REASON, "reason");
        return change(actor, stepId, origin, Access.seller("edit steps"), (plan, step) -> {
            if (edit.internalOnly()) {
                Permissions.requireInternalOwner(plan, edit.owner());
            }
            LocalDate due = edit.dueDate() == null ? null : Limits.date(edit.dueDate(), clock, plan.timeZone(), "due date");
            List<Change> log = new ArrayList<>();
            if (!title.equals(step.title())) {
                log.add(Change.ofStep(step, Change.TITLE, step.title(), title, null));
            }
            if (!Objects.equals(due, step.dueDate())) {
                if (step.dueDate() != null && why == null) {
                    throw new PlanException("Please give a reason for the new date.");
                }
                log.add(dueDateChange(step, due, why));
            }
            if (!edit.owner().equals(step.owner())) {
                log.add(Change.ofStep(step, Change.OWNER, OwnerText.plain(step.owner()), OwnerText.plain(edit.owner()), null));
            }
            if (!Objects.equals(result, step.result())) {
                log.add(Change.ofStep(step, Change.RESULT, step.result(), result, null));
            }
            if (edit.side() != step.side()) {
                log.add(Change.ofStep(step, "side", step.side().dbValue(), edit.side().dbValue(), null));
            }
            if (edit.internalOnly() != step.internalOnly()) {
                log.add(Change.ofStep(step, "internal_only", String.valueOf(step.internalOnly()), String.valueOf(edit.internalOnly()), null));
            }
            return log.isEmpty() ? Edit.none(null) : new Edit(step.withTitle(title).withOwner(edit.owner(), edit.side())
                    .withDueDate(due).withResult(result).withInternalOnly(edit.internalOnly()), log, null);
        });
    }

    /**
     * A comment, recorded in the history. Whether it may also be posted in the card's thread is decided here: never
     * for an internal step in a channel shared with another organisation.
     */
    public CommentPosted comment(Actor actor, long stepId, Origin origin, String text, boolean channelShared) {
        String comment = Limits.require(text, Limits.COMMENT, "comment", "`Sent the security questionnaire to Jane`");
        StepInPlan target = forWork(actor, stepId, origin, "comment on");
        dsl.transaction(c -> {
            history.append(c.dsl(), List.of(Change.ofStep(target.step(), Change.COMMENT, null, comment, null)), actor, clock.instant());
            plans.touch(c.dsl(), target.plan().id(), actor.userId(), clock.instant());
        });
        changes.committed(target.plan().id());
        boolean inThread = target.plan().cardTs() != null && !(target.step().internalOnly() && channelShared);
        return new CommentPosted(target, comment, inThread);
    }

    public Step remove(Actor actor, long stepId, Origin origin) {
        StepInPlan target = forSeller(actor, stepId, origin, "remove steps");
        dsl.transaction(c -> {
            steps.delete(c.dsl(), target.step());
            history.append(c.dsl(), List.of(Change.ofStep(target.step(), Change.STEP_REMOVED, target.step().title(), null, null)),
                    actor, clock.instant());
            plans.touch(c.dsl(), target.plan().id(), actor.userId(), clock.instant());
        });
        changes.committed(target.plan().id());
        return target.step();
    }

    // ---- the one way a step changes ----

    /** A decided change: the step as it should be and its history entries; no step means nothing to change. */
    private record Edit(Step changed, List<Change> log, String note) {
        static Edit none(String note) {
            return new Edit(null, List.of(), note);
        }
    }

    /** Who may make the change: anyone who may work the step, or the seller team only. */
    private record Access(String what, boolean sellerOnly) {
        static Access work(String what) {
            return new Access(what, false);
        }

        static Access seller(String what) {
            return new Access(what, true);
        }
    }

    @FunctionalInterface
    private interface Decision {
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
    private StepChange change(Actor actor, long stepId, Origin origin, Access access, Decision decision) {
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
            Optional<Step> saved = dsl.transactionResult(c -> {
                DSLContext tx = c.dsl();
                Optional<Step> written = steps.update(tx, target.step(), edit.changed(), actor.userId(), clock.instant());
                if (written.isPresent()) {
                    history.append(tx, edit.log(), actor, clock.instant());
                    plans.touch(tx, target.plan().id(), actor.userId(), clock.instant());
                }
                return written;
            });
            if (saved.isPresent()) {
                changes.committed(target.plan().id());
                return StepChange.changed(target.plan(), saved.get());
            }
        }
        throw new PlanException("Someone else is changing that step right now. Please try again.");
    }

    private static Change dueDateChange(Step step, LocalDate due, String why) {
        Integer slipped = step.dueDate() == null || due == null ? null : (int) ChronoUnit.DAYS.between(step.dueDate(), due);
        return new Change(step.planId(), step.id(), step.title(), Change.DUE_DATE, str(step.dueDate()), str(due), why, slipped);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
