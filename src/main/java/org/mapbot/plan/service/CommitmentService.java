package org.mapbot.plan.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;

/**
 * What "mutual" means: each organisation agrees to a version of the plan's terms; a plan is agreed when both agreed
 * its current terms; once a step's date is agreed, a new date from one organisation is a proposal the other answers.
 */
public final class CommitmentService {
    private final DSLContext dsl;
    private final PlanRepository plans;
    private final HistoryRepository history;
    private final CommitmentRepository commitments;
    private final PlanChanges changes;
    private final Clock clock;

    public CommitmentService(DSLContext dsl, PlanRepository plans, HistoryRepository history, CommitmentRepository commitments,
                             PlanChanges changes, Clock clock) {
        this.dsl = dsl;
        this.plans = plans;
        this.history = history;
        this.commitments = commitments;
        this.changes = changes;
        this.clock = clock;
    }

    public Commitment of(Plan plan) {
        return commitments.of(plan.id());
    }

    /** The seller asks the customer to agree; asking is the seller's own agreement to the plan as it stands. */
    public Plan propose(Actor actor, Plan plan, String sellerOrgName, int visibleSteps) {
        Permissions.requireSeller(actor, plan, "ask the customer to agree to the plan");
        if (visibleSteps == 0) {
            throw new PlanException("There is nothing to agree on yet. Add the steps first, e.g. `/map add Demo by week 2`.");
        }
        Instant now = clock.instant();
        dsl.transaction(c -> {
            int terms = commitments.termsVersion(c.dsl(), plan.id());
            commitments.agree(c.dsl(), plan.id(), new Agreement(OrgSide.SELLER, terms, actor.userId(), sellerOrgName, now),
                    actor.teamId());
            commitments.proposed(c.dsl(), plan.id(), now);
            agreedIfBoth(c.dsl(), plan.id(), terms, now);
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.PLAN_PROPOSED, null, "terms " + terms, null)), actor, now);
            plans.touch(c.dsl(), plan.id(), actor.userId(), now);
        });
        changes.committed(plan.id());
        return plan;
    }

    public void rememberRequestMessage(long planId, String channelId, String ts) {
        commitments.rememberRequestMessage(planId, channelId, ts);
    }

    /**
     * One organisation agrees to the plan as it stands, from the message that asked (or the card, or a welcome only
     * the person sees). When the other organisation agreed the same terms, the plan is agreed and its dates with it.
     */
    public Commitment.State agree(Actor actor, Plan plan, String orgName) {
        Permissions.requireSameInstallation(actor, plan);
        OrgSide side = OrgSide.of(actor, plan);
        Instant now = clock.instant();
        String org = side == OrgSide.CUSTOMER && plan.customerName() != null ? plan.customerName() : orgName;
        dsl.transaction(c -> {
            int terms = commitments.termsVersion(c.dsl(), plan.id());
            commitments.agree(c.dsl(), plan.id(), new Agreement(side, terms, actor.userId(), org, now), actor.teamId());
            agreedIfBoth(c.dsl(), plan.id(), terms, now);
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.AGREED, null,
                    side.dbValue() + " agreed to terms " + terms, null)), actor, now);
            plans.touch(c.dsl(), plan.id(), actor.userId(), now);
        });
        changes.committed(plan.id());
        return commitments.of(plan.id()).state();
    }

    /** A new date for a step whose date both agreed: it waits for the other organisation's answer. */
    public StepChange proposeDate(Actor actor, StepInPlan target, LocalDate date, String reason) {
        Proposal proposal = new Proposal(0, target.plan().id(), target.step().id(), Proposal.Kind.DATE, target.step().dueDate(),
                date, null, reason, actor.userId(), OrgSide.of(actor, target.plan()), Proposal.State.OPEN, clock.instant());
        insert(actor, target, proposal, Change.DATE_PROPOSED, String.valueOf(target.step().dueDate()), date.toString());
        return StepChange.unchanged(target.plan(), target.step(), "The date was agreed with the other side, so " + date
                + " goes to them as a proposal: it takes effect when they accept it.");
    }

    /** Another owner for a step, asked of the other organisation (the customer's suggestions). */
    public void proposeOwner(Actor actor, StepInPlan target, Owner owner, String reason) {
        Proposal proposal = new Proposal(0, target.plan().id(), target.step().id(), Proposal.Kind.OWNER, null, null, owner,
                Limits.optional(reason, Limits.REASON, "reason"), actor.userId(), OrgSide.of(actor, target.plan()),
                Proposal.State.OPEN, clock.instant());
        insert(actor, target, proposal, Change.OWNER_PROPOSED, null, owner.name() != null ? owner.name() : "<@" + owner.userId() + ">");
    }

    /** One open proposal per step: a newer one from the same side replaces it, one from the other side counters it. */
    private void insert(Actor actor, StepInPlan target, Proposal proposal, String kind, String from, String to) {
        Instant now = clock.instant();
        dsl.transaction(c -> {
            commitments.openProposal(c.dsl(), target.step().id()).ifPresent(open -> commitments.close(c.dsl(), open.id(),
                    open.proposedSide() == proposal.proposedSide() ? Proposal.State.WITHDRAWN : Proposal.State.COUNTERED,
                    actor.userId(), now));
            commitments.insertProposal(c.dsl(), proposal, actor.teamId());
            history.append(c.dsl(), List.of(Change.ofStep(target.step(), kind, from, to, proposal.reason())), actor, now);
            plans.touch(c.dsl(), target.plan().id(), actor.userId(), now);
        });
        changes.committed(target.plan().id());
    }

    /** When both organisations now agree the same terms, the plan is agreed and every visible date with it. */
    void agreedIfBoth(DSLContext tx, long planId, int terms, Instant now) {
        Commitment commitment = CommitmentRepository.from(tx.select(CommitmentRepository.fields())
                .from(org.mapbot.db.generated.Tables.PLAN).where(org.mapbot.db.generated.Tables.PLAN.ID.eq(planId)).fetchOne());
        if (commitment.termsVersion() == terms && commitment.agreedBy(OrgSide.SELLER) && commitment.agreedBy(OrgSide.CUSTOMER)) {
            commitments.markAgreed(tx, planId, now);
        }
    }
}
