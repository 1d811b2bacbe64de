package org.mapbot.plan.service;

import java.time.Clock;
import java.time.LocalDate;
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
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.StepRepository.NewStep;
import org.mapbot.plan.service.StepWriter.Edit;
import org.mapbot.plan.service.StepWriter.Access;

/**
 * The rules of a plan's steps: adding, working and editing them. Knows nothing of Slack: callers pass who acts, where
 * the request came from and what they asked; every change commits, then tells {@link PlanChanges}.
 */
public final class StepService {

    private final DSLContext dsl;
    private final StepRepository steps;
    private final PlanRepository plans;
    private final HistoryRepository history;
    private final PlanChanges changes;
    private final CommitmentService commitments;
    private final StepWriter writer;
    private final Terms terms;
    private final CommitmentRepository agreements;
    private final Clock clock;

    public StepService(DSLContext dsl, StepRepository steps, PlanRepository plans, HistoryRepository history,
                       CommitmentRepository agreements, PlanChanges changes, CommitmentService commitments, Clock clock) {
        this.dsl = dsl;
        this.steps = steps;
        this.plans = plans;
        this.history = history;
        this.changes = changes;
        this.commitments = commitments;
        this.terms = new Terms(plans, agreements);
        this.agreements = agreements;
        this.writer = new StepWriter(dsl, steps, plans, history, terms, changes, clock);
        this.clock = clock;
    }

    /** The step a click names, checked: same installation, shown where it was clicked, and the actor may work it. */
    public StepInPlan forWork(Actor actor, long stepId, Origin origin, String what) {
        return writer.forWork(actor, stepId, origin, what);
    }

    /** The step a seller-only action (reassign, edit, remove) names, checked the same way. */
    public StepInPlan forSeller(Actor actor, long stepId, Origin origin, String what) {
        return writer.forSeller(actor, stepId, origin, what);
    }

    public Step stepAt(Plan plan, int number) {
        return steps.atPosition(dsl, plan.id(), number).orElseThrow(() -> new PlanException(
                "There is no step " + number + " in this plan. `/map list` shows the step numbers."));
    }

    public Step add(Actor actor, Plan plan, NewStepRequest request) {
        NewStep checked = check(actor, plan, request);
        Step added = dsl.transactionResult(c -> {
            Step step = insert(c.dsl(), actor, plan, checked);
            touch(c.dsl(), plan, actor, !request.internalOnly());
            return step;
        });
        changes.committed(plan.id());
        return added;
    }

    /** A new step as asked, checked: who may add it, and its title, owner and date within the limits. */
    NewStep check(Actor actor, Plan plan, NewStepRequest request) {
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
        return new NewStep(title, side, owner, due, request.internalOnly());
    }

    /** Inserts a checked step in {@code tx}, with its history entry; the caller touches the plan. */
    Step insert(DSLContext tx, Actor actor, Plan plan, NewStep step) {
        Step inserted = steps.insertOne(tx, plan.id(), step, Limits.STEPS_PER_PLAN, actor.userId(), clock.instant())
                .orElseThrow(() -> new PlanException("This plan already has " + Limits.STEPS_PER_PLAN
                        + " steps, the most a plan can hold. Remove finished or cancelled ones with `/map remove <n>`."));
        history.append(tx, List.of(Change.ofStep(inserted, Change.STEP_ADDED, null, step.title(), null)), actor, clock.instant());
        return inserted;
    }

    /** The plan's terms changed in {@code tx} (or, for internal-only changes, just its version). */
    void touch(DSLContext tx, Plan plan, Actor actor, boolean changesTerms) {
        if (changesTerms) {
            terms.changed(tx, plan, actor, clock.instant());
        } else {
            plans.touch(tx, plan.id(), actor.userId(), clock.instant());
        }
    }

    public StepChange markDone(Actor actor, long stepId, Origin origin, String result) {
        String cleanResult = Limits.optional(result, Limits.RESULT, "result");
        return writer.change(actor, stepId, origin, Access.work("mark done"), (plan, step) -> {
            if (step.status() == StepStatus.DONE) {
                return Edit.none("That step was already marked done; the card now shows the current state.");
            }
            List<Change> log = new ArrayList<>();
            log.add(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.DONE.dbValue(), null));
            if (cleanResult != null) {
                log.add(Change.ofStep(step, Change.RESULT, step.result(), cleanResult, null));
            }
            return Edit.of(step.withStatus(StepStatus.DONE, clock.instant())
                    .withResult(cleanResult == null ? step.result() : cleanResult), log, false);
        });
    }

    /** What came out of a step, recorded after it was done (the card offers it right after the Done click). */
    public StepChange recordResult(Actor actor, long stepId, Origin origin, String result) {
        String clean = Limits.require(result, Limits.RESULT, "result", "`Signed by both sides; kick-off on 12 Jan`");
        return writer.change(actor, stepId, origin, Access.work("record the result of"), (plan, step) -> clean.equals(step.result())
                ? Edit.none(null)
                : Edit.of(step.withResult(clean), List.of(Change.ofStep(step, Change.RESULT, step.result(), clean, null)), false));
    }

    public StepChange reopen(Actor actor, long stepId, Origin origin) {
        return writer.change(actor, stepId, origin, Access.work("reopen"), (plan, step) -> step.status() == StepStatus.TODO
                ? Edit.none("That step is already open; the card now shows the current state.")
                : Edit.of(step.withStatus(StepStatus.TODO, null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.TODO.dbValue(), null)), false));
    }

    public StepChange block(Actor actor, long stepId, Origin origin, String reason) {
        String why = Limits.require(reason, Limits.REASON, "reason", "`waiting for the customer's security questionnaire`");
        return writer.change(actor, stepId, origin, Access.work("mark blocked"), (plan, step) -> Edit.of(step.withStatus(StepStatus.BLOCKED, null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.BLOCKED.dbValue(), why)), false));
    }

    public StepChange cancel(Actor actor, long stepId, Origin origin, String reason) {
        String why = Limits.optional(reason, Limits.REASON, "reason");
        return writer.change(actor, stepId, origin, Access.work("cancel"), (plan, step) -> step.status() == StepStatus.CANCELLED
                ? Edit.none(null)
                : Edit.of(step.withStatus(StepStatus.CANCELLED, null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.CANCELLED.dbValue(), why)),
                !step.internalOnly()));
    }

    /** A new due date; every change of an existing date needs a reason (it is in the slip log). */
    public StepChange changeDueDate(Actor actor, long stepId, Origin origin, LocalDate due, String reason) {
        return changeDueDate(actor, stepId, origin, due, reason, false);
    }

    /**
     * A new due date. Once both organisations agreed the step's date, a new one is a proposal to the other side, unless
     * the seller changes it {@code withoutAgreement}: then it applies at once and is recorded as a unilateral change.
     */
    public StepChange changeDueDate(Actor actor, long stepId, Origin origin, LocalDate due, String reason,
                                    boolean withoutAgreement) {
        String why = Limits.optional(reason, Limits.REASON, "reason");
        StepInPlan target = forWork(actor, stepId, origin, "change the date of");
        LocalDate date = Limits.date(due, clock, target.plan().timeZone(), "due date");
        if (withoutAgreement && !actor.isSellerOf(target.plan())) {
            throw new PlanException("Only the seller team can change an agreed date without the other side's agreement.");
        }
        boolean agreed = target.step().hasAgreedDate() && !target.step().internalOnly();
        if (agreed && !withoutAgreement && !date.equals(target.step().dueDate())) {
            if (why == null) {
                throw new PlanException("Please say why the date should move: it goes to the other side as a proposal.");
            }
            return commitments.proposeDate(actor, target, date, why);
        }
        StepChange change = writer.change(actor, stepId, origin, Access.work("change the date of"), (plan, step) -> {
            if (date.equals(step.dueDate())) {
                return Edit.none(null);
            }
            if (why == null) {
                throw new PlanException("Please give a reason for the new date, e.g. `/map due " + step.position()
                        + " " + date + " legal needs another week`.");
            }
            List<Change> log = new ArrayList<>(List.of(StepWriter.dueDateChange(step, date, why)));
            if (step.hasAgreedDate() && !step.internalOnly()) {
                log.add(Change.ofStep(step, Change.UNILATERAL, str(step.agreedDueDate()), date.toString(), why));
            }
            return Edit.of(step.withDueDate(date), log, !step.internalOnly());
        });
        if (change.changed() && agreements.withdrawOpen(stepId, actor.userId(), clock.instant())) {
            changes.committed(change.plan().id()); // a proposal for the old date no longer applies: off the card
        }
        return change;
    }

    public StepChange assign(Actor actor, long stepId, Origin origin, Owner owner) {
        return writer.change(actor, stepId, origin, Access.seller("reassign steps"), (plan, step) -> {
            if (step.internalOnly()) {
                Permissions.requireInternalOwner(plan, owner);
            }
            Side side = owner.isSlackUser() ? Side.ownedBy(owner, plan) : step.side();
            return Edit.of(step.withOwner(owner, side),
                    List.of(Change.ofStep(step, Change.OWNER, OwnerText.plain(step.owner()), OwnerText.plain(owner), null)),
                    !step.internalOnly());
        });
    }

    /** A full edit from the edit modal, for the seller team; the due date rule (reason for a change) still applies. */
    public StepChange edit(Actor actor, long stepId, Origin origin, StepEdit edit) {
        String title = Limits.require(edit.title(), Limits.STEP_TITLE, "step title", "`Security review`");
        String result = Limits.optional(edit.result(), Limits.RESULT, "result");
        String why = Limits.optional(edit.reason(), Limits.REASON, "reason");
        return writer.change(actor, stepId, origin, Access.seller("edit steps"), (plan, step) -> {
            Permissions.requireVersion(step, edit.ifVersion());
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
                log.add(StepWriter.dueDateChange(step, due, why));
                if (step.hasAgreedDate() && !step.internalOnly()) {
                    log.add(Change.ofStep(step, Change.UNILATERAL, str(step.agreedDueDate()), str(due), why));
                }
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
            boolean terms = log.stream().anyMatch(c -> !c.kind().equals(Change.RESULT)) && !(step.internalOnly() && edit.internalOnly());
            return log.isEmpty() ? Edit.none(null) : Edit.of(step.withTitle(title).withOwner(edit.owner(), edit.side())
                    .withDueDate(due).withResult(result).withInternalOnly(edit.internalOnly()), log, terms);
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
            // History first: its webhook outbox looks at the step to tell whether it was internal-only.
            history.append(c.dsl(), List.of(Change.ofStep(target.step(), Change.STEP_REMOVED, target.step().title(), null, null)),
                    actor, clock.instant());
            steps.delete(c.dsl(), target.step());
            touch(c.dsl(), target.plan(), actor, !target.step().internalOnly());
        });
        changes.committed(target.plan().id());
        return target.step();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
