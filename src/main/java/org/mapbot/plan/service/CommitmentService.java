package org.mapbot.plan.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.OwnerText;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;

/**
 * What "mutual" means: each organisation agrees to a version of the plan's terms; a plan is agreed when both agreed
 * its current terms; once a step's date is agreed, a new date from one organisation is a proposal the other answers.
 */
public final class CommitmentService {
    static final String STALE = "The plan changed after this was shown to you, so I did not record an agreement. "
            + "Please look at the plan as it is now (the card shows it) and agree to that.";

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

    /** The message that asks the customer to agree, as channel and ts, if one was posted. */
    public Optional<String[]> requestMessage(Plan plan) {
        return commitments.requestMessage(plan.id());
    }

    /**
     * The plan a commitment button names, checked: same installation, and the button is on the plan's card, on the
     * message that asked for agreement, or on a message only the clicker sees in the plan's channel.
     */
    public Plan planAt(Actor actor, long planId, Origin origin) {
        Plan plan = plans.find(planId).orElseThrow(() -> new PlanException(Permissions.GONE));
        Permissions.requireSameInstallation(actor, plan);
        Optional<String[]> request = commitments.requestMessage(plan.id());
        Permissions.requireShownAt(plan, origin, request.map(r -> r[0]).orElse(null), request.map(r -> r[1]).orElse(null));
        return plan;
    }

    /** The seller asks the customer to agree; asking is the seller's own agreement to the plan as it stands. */
    public Commitment propose(Actor actor, Plan plan, int visibleSteps) {
        Permissions.requireSeller(actor, plan, "ask the customer to agree to the plan");
        if (!plan.status().isOpen()) {
            throw new PlanException("This plan is " + plan.status().label() + "; there is nothing left to agree on.");
        }
        if (visibleSteps == 0) {
            throw new PlanException("There is nothing to agree on yet. Add the steps first, e.g. `/map add Demo by week 2`.");
        }
        Instant now = clock.instant();
        dsl.transaction(c -> {
            int terms = commitments.termsVersion(c.dsl(), plan.id());
            commitments.agree(c.dsl(), plan.id(), new Agreement(OrgSide.SELLER, terms, actor.userId(), sellerOrg(actor), now),
                    actor.teamId());
            commitments.proposed(c.dsl(), plan.id(), now);
            agreedIfBoth(c.dsl(), plan.id(), terms, now);
            history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.PLAN_PROPOSED, null, String.valueOf(terms), null)), actor, now);
            plans.touch(c.dsl(), plan.id(), actor.userId(), now);
        });
        changes.committed(plan.id());
        return commitments.of(plan.id());
    }

    /** Whether {@code userId} of the other organisation is to be welcomed to the plan: once per person. */
    public boolean firstWelcome(Plan plan, String userId) {
        return commitments.firstWelcome(plan.id(), userId, clock.instant());
    }

    public void rememberRequestMessage(long planId, String channelId, String ts) {
        commitments.rememberRequestMessage(planId, channelId, ts);
    }

    /**
     * One organisation agrees to the plan as it was shown to them ({@code shownTerms}); the plan comes from
     * {@link #planAt}. A plan that changed since is not agreed blind: the person is asked to look
     * again. When the other organisation agreed the same terms, the plan is agreed and its dates with it.
     */
    public Commitment agree(Actor actor, Plan plan, int shownTerms) {
        Permissions.requireSameInstallation(actor, plan);
        if (!plan.status().isOpen()) {
            throw new PlanException("This plan is " + plan.status().label() + "; there is nothing left to agree on.");
        }
        OrgSide side = OrgSide.of(actor, plan);
        Instant now = clock.instant();
        boolean recorded = dsl.transactionResult(c -> {
            int terms = commitments.termsVersion(c.dsl(), plan.id());
            if (terms != shownTerms) {
                throw new PlanException(STALE);
            }
            Commitment before = commitments.of(c.dsl(), plan.id());
            if (before.agreedBy(side)) {
                return false;
            }
            record(c.dsl(), actor, plan, side, terms, now);
            return true;
        });
        if (recorded) {
            changes.committed(plan.id());
        }
        return commitments.of(plan.id());
    }

    /** The customer reviewed the plan and agrees to it, subject to the proposals they made with it (if any). */
    void agreeAfterReview(DSLContext tx, Actor actor, Plan plan, boolean subjectToProposals, Instant now) {
        if (!subjectToProposals) {
            record(tx, actor, plan, OrgSide.of(actor, plan), commitments.termsVersion(tx, plan.id()), now);
        }
    }

    private void record(DSLContext tx, Actor actor, Plan plan, OrgSide side, int terms, Instant now) {
        String org = side == OrgSide.CUSTOMER ? plan.customerName() : sellerOrg(actor);
        commitments.agree(tx, plan.id(), new Agreement(side, terms, actor.userId(), org, now), actor.teamId());
        agreedIfBoth(tx, plan.id(), terms, now);
        history.append(tx, List.of(Change.ofPlan(plan.id(), Change.AGREED, side.dbValue(), String.valueOf(terms), null)), actor, now);
        plans.touch(tx, plan.id(), actor.userId(), now);
    }

    /** A new date for a step whose date both agreed: it waits for the other organisation's answer. */
    public StepChange proposeDate(Actor actor, StepInPlan target, LocalDate date, String reason) {
        Proposal proposal = Proposal.open(target.plan().id(), target.step(), date, null, reason, actor,
                OrgSide.of(actor, target.plan()), clock.instant(), false);
        dsl.transaction(c -> insert(c.dsl(), actor, target, proposal));
        changes.committed(target.plan().id());
        String other = OrgSide.of(actor, target.plan()) == OrgSide.SELLER
                ? (target.plan().customerName() == null ? "the customer" : target.plan().customerName()) : "the seller team";
        return StepChange.proposed(target.plan(), target.step(), "That date was agreed with " + other + ", so " + date
                + " goes to them as a proposal; it takes effect when they accept it.");
    }

    /**
     * A proposal made while reviewing the plan (another date, another owner, or both); unlike a slip it is made for
     * dates never agreed too. In the caller's transaction, so a review is saved whole or not at all.
     */
    void suggest(DSLContext tx, Actor actor, StepInPlan target, LocalDate date, Owner owner, String reason, Instant now) {
        if (target.step().internalOnly()) {
            throw new PlanException(Permissions.GONE);
        }
        insert(tx, actor, target, Proposal.open(target.plan().id(), target.step(), date, owner,
                Limits.optional(reason, Limits.REASON, "reason"), actor, OrgSide.of(actor, target.plan()), now, true));
    }

    /** One open proposal per step: a newer one from the same side replaces it, one from the other side counters it. */
    private void insert(DSLContext tx, Actor actor, StepInPlan target, Proposal proposal) {
        if (target.step().internalOnly()) {
            throw new PlanException(Permissions.GONE);
        }
        Instant now = clock.instant();
        commitments.openProposal(tx, target.step().id()).ifPresent(open -> commitments.close(tx, open.id(),
                open.proposedSide() == proposal.proposedSide() ? Proposal.State.WITHDRAWN : Proposal.State.COUNTERED,
                actor.userId(), now));
        commitments.insertProposal(tx, proposal, actor.teamId());
        String kind = proposal.newDate() != null ? Change.DATE_PROPOSED : Change.OWNER_PROPOSED;
        String from = proposal.newDate() != null ? String.valueOf(target.step().dueDate()) : OwnerText.plain(target.step().owner());
        history.append(tx, List.of(Change.ofStep(target.step(), kind, from, ProposalAnswers.describe(proposal),
                proposal.reason())), actor, now);
        plans.touch(tx, target.plan().id(), actor.userId(), now);
    }

    /** When both organisations now agree the same terms, the plan is agreed and every visible date with it. */
    void agreedIfBoth(DSLContext tx, long planId, int terms, Instant now) {
        Commitment commitment = commitments.of(tx, planId);
        if (commitment.termsVersion() == terms && commitment.agreedBy(OrgSide.SELLER) && commitment.agreedBy(OrgSide.CUSTOMER)) {
            commitments.markAgreed(tx, planId, now);
        }
    }

    private static String sellerOrg(Actor actor) {
        return actor.installation() == null ? null : actor.installation().teamName();
    }
}
