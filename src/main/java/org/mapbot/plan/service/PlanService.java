package org.mapbot.plan.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.Template;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.PlanRepository.NewPlan;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.StepRepository.NewStep;

/**
 * The rules of whole plans: starting one, the current plan of a channel, target date, status, pausing, and following a
 * channel that changed. Knows nothing of Slack; every change commits, then tells {@link PlanChanges}.
 */
public final class PlanService {
    private final DSLContext dsl;
    private final PlanRepository plans;
    private final StepRepository steps;
    private final HistoryRepository history;
    private final TemplateService templates;
    private final CommitmentRepository commitments;
    private final Terms terms;
    private final PlanChanges changes;
    private final Clock clock;

    public PlanService(DSLContext dsl, PlanRepository plans, StepRepository steps, HistoryRepository history,
                       CommitmentRepository commitments, TemplateService templates, PlanChanges changes, Clock clock) {
        this.dsl = dsl;
        this.plans = plans;
        this.steps = steps;
        this.history = history;
        this.commitments = commitments;
        this.terms = new Terms(plans, commitments);
        this.templates = templates;
        this.changes = changes;
        this.clock = clock;
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- reading ----

    public Optional<Plan> currentPlan(Installation installation, String channelId) {
        return plans.current(installation.teamId(), channelId);
    }

    public Plan requireCurrentPlan(Actor actor, String channelId) {
        return currentPlan(actor.installation(), channelId).orElseThrow(() -> new PlanException(
                "There is no plan in this channel yet. Start one with `/map new Acme rollout with enterprise`."));
    }

    /** Any plan by id, for background work that was handed the id by this app itself. */
    public Optional<Plan> plan(long planId) {
        return plans.find(planId);
    }

    /** The plan a click names: of this installation, and the one shown where it was clicked. */
    public Plan planAt(Actor actor, long planId, Origin origin) {
        Plan plan = plans.find(planId).orElseThrow(() -> new PlanException(Permissions.GONE));
        Permissions.requireSameInstallation(actor, plan);
        Permissions.requireShownAt(plan, origin);
        return plan;
    }

    public List<Plan> plansInChannel(Installation installation, String channelId) {
        return plans.inChannel(installation.teamId(), channelId);
    }

    public PlanView view(Plan plan) {
        return new PlanView(plan, steps.ofPlan(plan.id()), history.slips(plan.id()), today(plan.timeZone()),
                commitments.of(plan.id()));
    }

    public Optional<PlanView> view(long planId) {
        return plans.find(planId).map(this::view);
    }

    public List<PlanEvent> history(Plan plan, Optional<Step> step, int limit) {
        return step.map(s -> history.ofStep(s.id(), limit)).orElseGet(() -> history.ofPlan(plan.id(), limit));
    }

    // ---- plans ----

    /** Only the installing organisation starts plans (the customer cannot run {@code /map}, nor submit its form). */
    public Plan create(Actor actor, String channelId, NewPlanRequest request) {
        if (!actor.isSeller()) {
            throw new PlanException("Only the seller team can start a plan.");
        }
        String title = Limits.require(request.title(), Limits.PLAN_TITLE, "plan title", "`/map new Acme rollout with enterprise`");
        String customer = Limits.optional(request.customerName(), Limits.CUSTOMER_NAME, "customer name");
        LocalDate start = Limits.date(request.start(), clock, request.zone(), "start date");
        LocalDate target = Limits.date(request.target(), clock, request.zone(), "target date");
        Optional<Template> template = request.templateName().map(name -> templates.require(actor.installation().teamId(), name));
        if (target != null && target.isBefore(start)) {
            throw new PlanException("The target date " + target + " is before the start date " + start + ".");
        }
        String teamId = actor.installation().teamId();
        if (plans.inChannel(teamId, channelId).size() >= Limits.PLANS_PER_CHANNEL) {
            throw new PlanException("This channel already holds " + Limits.PLANS_PER_CHANNEL
                    + " plans. Archive old ones with `/map archive` or use another channel.");
        }
        Plan plan = dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Plan created = plans.insert(tx, new NewPlan(teamId, actor.installation().enterpriseId(), channelId, title, customer,
                    actor.userId(), start, target, request.zone()), clock.instant());
            plans.makeCurrent(tx, teamId, channelId, created.id());
            List<NewStep> fromTemplate = template.map(t -> t.steps().stream().map(s -> new NewStep(s.title(), s.side(),
                    s.owner(actor.userId(), teamId), s.dueDate(start), false)).toList()).orElse(List.of());
            steps.insertAll(tx, created.id(), fromTemplate, actor.userId(), clock.instant());
            history.append(tx, List.of(Change.ofPlan(created.id(), Change.CREATED, null,
                    template.map(t -> "from template " + t.name()).orElse(title), null)), actor, clock.instant());
            return created;
        });
        changes.committed(plan.id());
        return plan;
    }

    public Plan switchTo(Actor actor, String channelId, int number) {
        List<Plan> inChannel = plansInChannel(actor.installation(), channelId);
        if (number < 1 || number > inChannel.size()) {
            throw new PlanException("There is no plan " + number + " here. `/map plans` lists this channel's plans.");
        }
        Plan plan = inChannel.get(number - 1);
        dsl.transaction(c -> plans.makeCurrent(c.dsl(), actor.installation().teamId(), channelId, plan.id()));
        return plan;
    }

    public Plan setTarget(Actor actor, Plan plan, LocalDate target) {
        Permissions.requireSeller(actor, plan, "change the target date");
        Limits.date(target, clock, plan.timeZone(), "target date");
        if (target.isBefore(plan.startDate())) {
            throw new PlanException("The target date " + target + " is before the plan's start " + plan.startDate() + ".");
        }
        dsl.transaction(c -> {
            plans.updateTarget(c.dsl(), plan.id(), target);
            terms.changed(c.dsl(), plan, actor, clock.instant());
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.TARGET, str(plan.targetDate()), target.toString(), null)),
                    actor, clock.instant());
        });
        changes.committed(plan.id());
        return plans.find(plan.id()).orElseThrow();
    }

    public Plan setStatus(Actor actor, Plan plan, PlanStatus status) {
        Permissions.requireSeller(actor, plan, "change the plan's status");
        if (plan.status() == status) {
            throw new PlanException("The plan is already " + status.label().toLowerCase() + ".");
        }
        dsl.transaction(c -> {
            plans.updateStatus(c.dsl(), plan.id(), status, actor.userId(), clock.instant());
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.PLAN_STATUS, plan.status().dbValue(), status.dbValue(), null)),
                    actor, clock.instant());
        });
        changes.committed(plan.id());
        return plans.find(plan.id()).orElseThrow();
    }

    /**
     * The one way a plan pauses on its own (the bot lost its channel, Slack refuses posts there): active → paused,
     * recorded as MAP Bot's doing. True for the one caller that actually paused it.
     */
    public boolean pause(Plan plan, String why) {
        Actor bot = Actor.bot(new Installation(plan.teamId(), plan.enterpriseId(), null));
        boolean paused = dsl.transactionResult(c -> {
            if (!plans.pauseIfActive(c.dsl(), plan.id(), Actor.BOT_USER, clock.instant())) {
                return false;
            }
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.PLAN_STATUS, PlanStatus.ACTIVE.dbValue(),
                    PlanStatus.PAUSED.dbValue(), why)), bot, clock.instant());
            return true;
        });
        if (paused) {
            changes.committed(plan.id());
        }
        return paused;
    }

    /** Removed from a channel, the bot can neither update its cards nor remind anyone there: active plans pause. */
    public void channelLost(Installation installation, String channelId) {
        plansInChannel(installation, channelId).forEach(plan -> pause(plan, "MAP Bot can no longer post in the plan's channel"));
    }

    /** A channel got a new id (a private channel became shared): its plans follow, and their cards are refreshed. */
    public void channelMoved(Installation installation, String oldChannelId, String newChannelId) {
        plans.moveChannel(installation.teamId(), oldChannelId, newChannelId, clock.instant()).forEach(changes::committed);
    }

    /** Nothing in the channel's plans changed, but how they must be shown did (the channel became shared, or not). */
    public void channelSharingChanged(Installation installation, String channelId) {
        plansInChannel(installation, channelId).forEach(plan -> changes.committed(plan.id()));
    }

    /** Time passed (a step became overdue): the card must show it though nothing was saved. */
    public void refresh(long planId) {
        changes.committed(planId);
    }

    public void rememberCard(long planId, String ts) {
        plans.setCardTs(planId, ts);
    }

    public void forgetCard(long planId) {
        plans.setCardTs(planId, null);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** What a new plan is, as the seller asked for it. */
    public record NewPlanRequest(String title, String customerName, LocalDate start, LocalDate target, ZoneId zone,
                                 Optional<String> templateName) {
    }
}
