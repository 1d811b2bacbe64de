package org.mapbot.plan.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.mapbot.plan.storage.PlanRepository.NewPlan;
import org.mapbot.plan.storage.StepRepository.NewStep;
import org.mapbot.plan.domain.Template.TemplateStep;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.BuiltInTemplates;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.OwnerText;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.plan.domain.Template;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.TemplateRepository;

/** The rules of a mutual action plan. Knows nothing of Slack: callers pass who acts and what they asked. */
public final class PlanService {
    private static final int MAX_CONFLICT_RETRIES = 3;

    private final DSLContext dsl;
    private final PlanRepository plans;
    private final StepRepository steps;
    private final HistoryRepository history;
    private final TemplateRepository templates;
    private final Clock clock;
    private final List<PlanListener> listeners = new ArrayList<>();

    public PlanService(DSLContext dsl, PlanRepository plans, StepRepository steps, HistoryRepository history,
                       TemplateRepository templates, Clock clock) {
        this.dsl = dsl;
        this.plans = plans;
        this.steps = steps;
        this.history = history;
        this.templates = templates;
        this.clock = clock;
    }

    public void addListener(PlanListener listener) {
        listeners.add(listener);
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- reading ----

    public Optional<Plan> currentPlan(String teamId, String channelId) {
        return plans.current(teamId, channelId);
    }

    public Plan requireCurrentPlan(String teamId, String channelId) {
        return plans.current(teamId, channelId).orElseThrow(() -> new PlanException(
                "There is no plan in this channel yet. Start one with `/map new Acme rollout with enterprise`."));
    }

    public Optional<Plan> plan(long planId) {
        return plans.find(planId);
    }

    public List<Plan> plansInChannel(String teamId, String channelId) {
        return plans.inChannel(teamId, channelId);
    }

    public PlanView view(Plan plan) {
        return new PlanView(plan, steps.ofPlan(plan.id()), history.slips(plan.id()), today(plan.timeZone()));
    }

    public Optional<PlanView> view(long planId) {
        return plans.find(planId).map(this::view);
    }

    public List<PlanEvent> history(Plan plan, Optional<Step> step, int limit) {
        return step.map(s -> history.ofStep(s.id(), limit)).orElseGet(() -> history.ofPlan(plan.id(), limit));
    }

    public Step stepAt(Plan plan, int number) {
        return steps.atPosition(dsl, plan.id(), number).orElseThrow(() -> new PlanException(
                "There is no step " + number + " in this plan. `/map list` shows the step numbers."));
    }

    /** A step a button or modal refers to, checked against the plan it claims to belong to. */
    public StepInPlan stepForAction(long stepId, String teamId) {
        Step step = steps.find(stepId).orElseThrow(() -> new PlanException("That step does not exist any more."));
        Plan plan = plans.find(step.planId()).orElseThrow(() -> new PlanException("That plan does not exist any more."));
        if (!plan.teamId().equals(teamId)) {
            throw new PlanException("That step belongs to another workspace's plan.");
        }
        return new StepInPlan(plan, step);
    }

    /** Nothing changed in the plan, but how it must be shown did (e.g. the channel became shared). */
    public void touch(long planId) {
        notifyChanged(planId);
    }

    public void rememberCard(long planId, String ts) {
        plans.setCardTs(planId, ts);
    }

    public void forgetCard(long planId) {
        plans.setCardTs(planId, null);
    }

    public List<Template> templates(String teamId) {
        List<Template> all = new ArrayList<>(BuiltInTemplates.ALL);
        all.addAll(templates.all(teamId));
        return all;
    }

    // ---- plans ----

    public Plan createPlan(Actor actor, String channelId, String title, String customerName, LocalDate start,
                           LocalDate target, ZoneId zone, Optional<String> templateName) {
        String cleanTitle = Limits.require(title, Limits.PLAN_TITLE, "plan title", "`/map new Acme rollout with enterprise`");
        String customer = Limits.optional(customerName, Limits.CUSTOMER_NAME, "customer name");
        Optional<Template> template = templateName.map(name -> findTemplate(actor.teamId(), name));
        if (target != null && target.isBefore(start)) {
            throw new PlanException("The target date " + target + " is before the start date " + start + ".");
        }
        if (plans.inChannel(actor.teamId(), channelId).size() >= Limits.PLANS_PER_CHANNEL) {
            throw new PlanException("This channel already holds " + Limits.PLANS_PER_CHANNEL
                    + " plans. Archive old ones with `/map archive` or use another channel.");
        }
        Plan plan = dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Plan created = plans.insert(tx, new NewPlan(actor.teamId(), actor.enterpriseId(), channelId, cleanTitle, customer,
                    actor.userId(), start, target, zone), clock.instant());
            plans.makeCurrent(tx, actor.teamId(), channelId, created.id());
            List<NewStep> fromTemplate = template.map(t -> t.steps().stream().map(s -> new NewStep(s.title(), s.side(),
                    s.owner(actor.userId(), actor.teamId()), s.dueDate(start), false)).toList()).orElse(List.of());
            steps.insertAll(tx, created.id(), fromTemplate, actor.userId(), clock.instant());
            history.append(tx, List.of(Change.ofPlan(created.id(), Change.CREATED, null,
                    template.map(t -> "from template " + t.name()).orElse(cleanTitle), null)), actor, clock.instant());
            return created;
        });
        notifyChanged(plan.id());
        return plan;
    }

    private Template findTemplate(String teamId, String name) {
        return BuiltInTemplates.named(name).or(() -> templates.find(teamId, name)).orElseThrow(() -> new PlanException(
                "There is no template called `" + name + "`. `/map templates` lists them; for example `/map new Acme rollout with enterprise`."));
    }

    public Plan switchTo(Actor actor, String channelId, int number) {
        List<Plan> inChannel = plans.inChannel(actor.teamId(), channelId);
        if (number < 1 || number > inChannel.size()) {
            throw new PlanException("There is no plan " + number + " here. `/map plans` lists this channel's plans.");
        }
        Plan plan = inChannel.get(number - 1);
        dsl.transaction(c -> plans.makeCurrent(c.dsl(), actor.teamId(), channelId, plan.id()));
        return plan;
    }

    public Plan setTarget(Actor actor, Plan plan, LocalDate target) {
        StepPermissions.requireSeller(actor, plan, "change the target date");
        if (target.isBefore(plan.startDate())) {
            throw new PlanException("The target date " + target + " is before the plan's start " + plan.startDate() + ".");
        }
        dsl.transaction(c -> {
            plans.updateTarget(c.dsl(), plan.id(), target, clock.instant());
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.TARGET, str(plan.targetDate()), target.toString(), null)),
                    actor, clock.instant());
        });
        notifyChanged(plan.id());
        return plans.find(plan.id()).orElseThrow();
    }

    public Plan setStatus(Actor actor, Plan plan, PlanStatus status) {
        StepPermissions.requireSeller(actor, plan, "change the plan's status");
        if (plan.status() == status) {
            throw new PlanException("The plan is already " + status.label().toLowerCase() + ".");
        }
        dsl.transaction(c -> {
            plans.updateStatus(c.dsl(), plan.id(), status, clock.instant());
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.PLAN_STATUS, plan.status().dbValue(), status.dbValue(), null)),
                    actor, clock.instant());
        });
        notifyChanged(plan.id());
        return plans.find(plan.id()).orElseThrow();
    }

    /** The bot lost its channel (removed, archived, gone): nothing can be posted there, so reminders stop. */
    public void pauseBecauseChannelIsGone(long planId, Actor bot) {
        Plan plan = plans.find(planId).orElseThrow();
        if (plan.status() != PlanStatus.ACTIVE) {
            return;
        }
        dsl.transaction(c -> {
            plans.updateStatus(c.dsl(), planId, PlanStatus.PAUSED, clock.instant());
            history.append(c.dsl(), List.of(Change.ofPlan(planId, Change.PLAN_STATUS, plan.status().dbValue(),
                    PlanStatus.PAUSED.dbValue(), "MAP Bot can no longer post in the plan's channel")),
                    bot, clock.instant());
        });
        notifyChanged(planId);
    }

    public void saveTemplate(Actor actor, Plan plan, String name) {
        String clean = Limits.require(name, Limits.TEMPLATE_NAME, "template name", "`/map template save saas-midmarket`");
        if (!clean.matches("[A-Za-z0-9_-]+")) {
            throw new PlanException("A template name is one word of letters, digits, - or _. Example: `/map template save saas-midmarket`");
        }
        if (BuiltInTemplates.named(clean).isPresent()) {
            throw new PlanException("`" + clean + "` is a built-in template; choose another name.");
        }
        List<Step> planSteps = steps.ofPlan(plan.id());
        if (planSteps.isEmpty()) {
            throw new PlanException("This plan has no steps to save yet. Add some with `/map add Security review by week 3`.");
        }
        templates.save(actor.teamId(), clean, actor.userId(), planSteps.stream()
                .filter(s -> s.status() != StepStatus.CANCELLED)
                .map(s -> new TemplateStep(s.title(), s.side(), s.owner().isSlackUser() ? null : s.owner().name(), null,
                        s.dueDate() == null ? null : (int) ChronoUnit.DAYS.between(plan.startDate(), s.dueDate())))
                .toList(), clock.instant());
    }

    // ---- steps ----

    public Step addStep(Actor actor, Plan plan, String title, Owner owner, Side side, LocalDate due, boolean internalOnly) {
        String cleanTitle = Limits.require(title, Limits.STEP_TITLE, "step title", "`/map add Security review @jane by friday`");
        if (owner.name() != null) {
            Limits.require(owner.name(), Limits.OWNER_NAME, "owner's name", "`/map add Legal review \"Jane Doe (Legal)\" by week 3`");
        }
        if (!actor.isSellerOf(plan)) {
            if (side == Side.SELLER || internalOnly) {
                throw new PlanException("Only the seller team can add seller-side or internal steps. You can add steps for your side.");
            }
        }
        if (internalOnly) {
            requireInternalOwner(plan, owner);
        }
        long id = dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (steps.count(tx, plan.id()) >= Limits.STEPS_PER_PLAN) {
                throw new PlanException("This plan already has " + Limits.STEPS_PER_PLAN + " steps, the most a plan can hold. "
                        + "Remove finished or cancelled ones with `/map remove <n>`.");
            }
            steps.insertAll(tx, plan.id(), List.of(new NewStep(cleanTitle, side, owner, due, internalOnly)), actor.userId(), clock.instant());
            Step added = steps.ofPlan(tx, plan.id()).stream().reduce((a, b) -> b).orElseThrow();
            history.append(tx, List.of(Change.ofStep(added, Change.STEP_ADDED, null, cleanTitle, null)), actor, clock.instant());
            plans.touch(tx, plan.id(), clock.instant());
            return added.id();
        });
        notifyChanged(plan.id());
        return steps.find(id).orElseThrow();
    }

    public StepChange markDone(Actor actor, long stepId, String teamId, String result) {
        String cleanResult = Limits.optional(result, Limits.RESULT, "result");
        return change(actor, stepId, teamId, "mark done", step -> {
            if (step.status() == StepStatus.DONE) {
                return null;
            }
            Step done = with(step, StepStatus.DONE, cleanResult == null ? step.result() : cleanResult, clock.instant());
            List<Change> changes = new ArrayList<>();
            changes.add(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.DONE.dbValue(), null));
            if (cleanResult != null) {
                changes.add(Change.ofStep(step, Change.RESULT, step.result(), cleanResult, null));
            }
            return new Edit(done, changes);
        });
    }

    public StepChange reopen(Actor actor, long stepId, String teamId) {
        return change(actor, stepId, teamId, "reopen", step -> step.status() == StepStatus.TODO ? null
                : new Edit(with(step, StepStatus.TODO, step.result(), null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.TODO.dbValue(), null))));
    }

    public StepChange block(Actor actor, long stepId, String teamId, String reason) {
        String why = Limits.require(reason, Limits.REASON, "reason", "`waiting for the customer's security questionnaire`");
        return change(actor, stepId, teamId, "mark blocked", step -> new Edit(with(step, StepStatus.BLOCKED, step.result(), null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.BLOCKED.dbValue(), why))));
    }

    public StepChange cancel(Actor actor, long stepId, String teamId, String reason) {
        String why = Limits.optional(reason, Limits.REASON, "reason");
        return change(actor, stepId, teamId, "cancel", step -> step.status() == StepStatus.CANCELLED ? null
                : new Edit(with(step, StepStatus.CANCELLED, step.result(), null),
                List.of(Change.ofStep(step, Change.STATUS, step.status().dbValue(), StepStatus.CANCELLED.dbValue(), why))));
    }

    /** A new due date; moving it later is a slip and needs a reason. */
    public StepChange changeDueDate(Actor actor, long stepId, String teamId, LocalDate due, String reason) {
        String why = Limits.optional(reason, Limits.REASON, "reason");
        return change(actor, stepId, teamId, "change the date of", step -> {
            if (due.equals(step.dueDate())) {
                return null;
            }
            if (why == null) {
                throw new PlanException("Please give a reason for the new date, e.g. `/map due " + step.position()
                        + " " + due + " legal needs another week`.");
            }
            Integer slipped = step.dueDate() == null ? null : (int) ChronoUnit.DAYS.between(step.dueDate(), due);
            Step moved = new Step(step.id(), step.planId(), step.position(), step.title(), step.side(), step.owner(), due,
                    step.status(), step.result(), step.internalOnly(), step.version(), step.createdAt(), step.createdBy(),
                    step.updatedAt(), step.updatedBy(), step.completedAt());
            return new Edit(moved, List.of(new Change(step.planId(), step.id(), step.title(), Change.DUE_DATE,
                    str(step.dueDate()), due.toString(), why, slipped)));
        });
    }

    public StepChange assign(Actor actor, long stepId, String teamId, Owner owner, Plan plan) {
        StepPermissions.requireSeller(actor, plan, "reassign steps");
        Side side = owner.isSlackUser() ? (owner.teamId() == null || owner.teamId().equals(plan.teamId()) ? Side.SELLER : Side.CUSTOMER) : null;
        return change(actor, stepId, teamId, "reassign", step -> {
            if (step.internalOnly()) {
                requireInternalOwner(plan, owner);
            }
            Step assigned = new Step(step.id(), step.planId(), step.position(), step.title(), side == null ? step.side() : side,
                    owner, step.dueDate(), step.status(), step.result(), step.internalOnly(), step.version(), step.createdAt(),
                    step.createdBy(), step.updatedAt(), step.updatedBy(), step.completedAt());
            return new Edit(assigned, List.of(Change.ofStep(step, Change.OWNER, OwnerText.plain(step.owner()), OwnerText.plain(owner), null)));
        });
    }

    /** A full edit from the edit modal; the due date rule (reason for a change) still applies. */
    public StepChange edit(Actor actor, long stepId, String teamId, StepEdit edit) {
        String title = Limits.require(edit.title(), Limits.STEP_TITLE, "step title", "`Security review`");
        String result = Limits.optional(edit.result(), Limits.RESULT, "result");
        String why = Limits.optional(edit.reason(), Limits.REASON, "reason");
        return change(actor, stepId, teamId, "edit", step -> {
            if (edit.internalOnly()) {
                requireInternalOwner(plans.find(step.planId()).orElseThrow(), edit.owner());
            }
            List<Change> changes = new ArrayList<>();
            if (!title.equals(step.title())) {
                changes.add(Change.ofStep(step, Change.TITLE, step.title(), title, null));
            }
            if (!java.util.Objects.equals(edit.dueDate(), step.dueDate())) {
                if (step.dueDate() != null && why == null) {
                    throw new PlanException("Please give a reason for the new date.");
                }
                Integer slipped = step.dueDate() == null || edit.dueDate() == null ? null
                        : (int) ChronoUnit.DAYS.between(step.dueDate(), edit.dueDate());
                changes.add(new Change(step.planId(), step.id(), step.title(), Change.DUE_DATE, str(step.dueDate()),
                        str(edit.dueDate()), why, slipped));
            }
            if (!edit.owner().equals(step.owner())) {
                changes.add(Change.ofStep(step, Change.OWNER, OwnerText.plain(step.owner()), OwnerText.plain(edit.owner()), null));
            }
            if (!java.util.Objects.equals(result, step.result())) {
                changes.add(Change.ofStep(step, Change.RESULT, step.result(), result, null));
            }
            if (edit.side() != step.side()) {
                changes.add(Change.ofStep(step, "side", step.side().dbValue(), edit.side().dbValue(), null));
            }
            if (edit.internalOnly() != step.internalOnly()) {
                changes.add(Change.ofStep(step, "internal_only", String.valueOf(step.internalOnly()), String.valueOf(edit.internalOnly()), null));
            }
            if (changes.isEmpty()) {
                return null;
            }
            Step edited = new Step(step.id(), step.planId(), step.position(), title, edit.side(), edit.owner(), edit.dueDate(),
                    step.status(), result, edit.internalOnly(), step.version(), step.createdAt(), step.createdBy(),
                    step.updatedAt(), step.updatedBy(), step.completedAt());
            return new Edit(edited, changes);
        });
    }

    public void comment(Actor actor, long stepId, String teamId, String text) {
        String comment = Limits.require(text, Limits.COMMENT, "comment", "`Sent the security questionnaire to Jane`");
        StepInPlan target = stepForAction(stepId, teamId);
        StepPermissions.requireCanWork(actor, target.plan(), target.step(), "comment on");
        dsl.transaction(c -> {
            history.append(c.dsl(), List.of(Change.ofStep(target.step(), Change.COMMENT, null, comment, null)), actor, clock.instant());
            plans.touch(c.dsl(), target.plan().id(), clock.instant());
        });
        notifyChanged(target.plan().id());
    }

    public Step remove(Actor actor, long stepId, String teamId) {
        StepInPlan target = stepForAction(stepId, teamId);
        StepPermissions.requireSeller(actor, target.plan(), "remove steps");
        dsl.transaction(c -> {
            steps.delete(c.dsl(), target.step());
            history.append(c.dsl(), List.of(Change.ofStep(target.step(), Change.STEP_REMOVED, target.step().title(), null, null)),
                    actor, clock.instant());
            plans.touch(c.dsl(), target.plan().id(), clock.instant());
        });
        notifyChanged(target.plan().id());
        return target.step();
    }

    // ---- the one way a step changes ----

    private record Edit(Step changed, List<Change> changes) {
    }

    /**
     * Reads the step, lets {@code decide} work out the change, and writes it only if nobody changed the step meanwhile;
     * on a conflict it reads again and decides again, so concurrent clicks never lose an update.
     */
    private StepChange change(Actor actor, long stepId, String teamId, String what, Function<Step, Edit> decide) {
        for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
            StepInPlan target = stepForAction(stepId, teamId);
            StepPermissions.requireCanWork(actor, target.plan(), target.step(), what);
            Edit edit = decide.apply(target.step());
            if (edit == null) {
                return new StepChange(target.plan(), target.step(), false);
            }
            boolean saved = dsl.transactionResult(c -> {
                DSLContext tx = c.dsl();
                if (!steps.update(tx, target.step(), edit.changed(), actor.userId(), clock.instant())) {
                    return false;
                }
                history.append(tx, edit.changes(), actor, clock.instant());
                plans.touch(tx, target.plan().id(), clock.instant());
                return true;
            });
            if (saved) {
                notifyChanged(target.plan().id());
                return new StepChange(target.plan(), steps.find(stepId).orElseThrow(), true);
            }
        }
        throw new PlanException("Someone else is changing that step right now. Please try again.");
    }

    /** Internal steps are never shown to the customer, so nobody of the customer's organisation may own one. */
    private static void requireInternalOwner(Plan plan, Owner owner) {
        if (owner.isSlackUser() && !owner.isSellerPersonOf(plan)) {
            throw new PlanException("An internal step can only be owned by someone in your organisation, and "
                    + org.mapbot.slack.SlackText.mention(owner.userId()) + " is not (or Slack could not tell me). "
                    + "Give it to a colleague, e.g. `/map add Discount approval @sam by friday internal`, or leave out `internal`.");
        }
    }

    private static Step with(Step s, StepStatus status, String result, java.time.Instant completedAt) {
        return new Step(s.id(), s.planId(), s.position(), s.title(), s.side(), s.owner(), s.dueDate(), status, result,
                s.internalOnly(), s.version(), s.createdAt(), s.createdBy(), s.updatedAt(), s.updatedBy(),
                status == StepStatus.DONE ? completedAt : null);
    }

    private void notifyChanged(long planId) {
        for (PlanListener listener : listeners) {
            listener.planChanged(planId);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** A step and the plan it belongs to. */
    public record StepInPlan(Plan plan, Step step) {
    }

    /** The outcome of a step change: the step as it now is, and whether anything changed. */
    public record StepChange(Plan plan, Step step, boolean changed) {
    }

    /** What the edit modal submits. */
    public record StepEdit(String title, Side side, Owner owner, LocalDate dueDate, String result, boolean internalOnly,
                           String reason) {
    }
}
