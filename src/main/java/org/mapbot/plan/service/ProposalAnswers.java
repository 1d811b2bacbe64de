package org.mapbot.plan.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.OwnerText;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.service.StepWriter.Edit;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;

/**
 * The other organisation's answer to a proposal: accept (the change applies, as an agreed change, and both stay
 * agreed), decline (nothing changes, the proposer is told) or counter (another date goes back the other way). Only the
 * organisation that did not propose answers, and of two answers at once the first wins.
 */
public final class ProposalAnswers {
    private final DSLContext dsl;
    private final StepRepository steps;
    private final PlanRepository plans;
    private final HistoryRepository history;
    private final CommitmentRepository commitments;
    private final CommitmentService commitment;
    private final StepWriter writer;
    private final PlanChanges changes;
    private final Clock clock;

    public ProposalAnswers(DSLContext dsl, StepRepository steps, PlanRepository plans, HistoryRepository history,
                           CommitmentRepository commitments, CommitmentService commitment, PlanChanges changes, Clock clock) {
        this.dsl = dsl;
        this.steps = steps;
        this.plans = plans;
        this.history = history;
        this.commitments = commitments;
        this.commitment = commitment;
        this.writer = new StepWriter(dsl, steps, plans, history, changes, clock);
        this.changes = changes;
        this.clock = clock;
    }

    public enum Reply { ACCEPT, DECLINE, COUNTER }

    /** What came of an answer: the proposal as it was, the step as it now is, and who proposed (to tell them). */
    public record Answered(Proposal proposal, StepInPlan target, Reply reply) {
    }

    /** The proposal a click names, for the person who may answer it, as it stands now. */
    public Proposal forAnswer(Actor actor, long proposalId, Origin origin) {
        Proposal proposal = commitments.proposal(proposalId).orElseThrow(() -> new PlanException(Permissions.GONE));
        StepInPlan target = steps.findWithPlan(proposal.stepId()).orElseThrow(() -> new PlanException(Permissions.GONE));
        Permissions.requireSameInstallation(actor, target.plan());
        Permissions.requireShownAt(target.plan(), origin);
        if (OrgSide.of(actor, target.plan()) != proposal.answeredBy()) {
            throw new PlanException("This proposal is for the other organisation to answer: <@" + proposal.proposedBy()
                    + "> is waiting for them.");
        }
        if (proposal.state() != Proposal.State.OPEN) {
            throw alreadyAnswered(proposal);
        }
        return proposal;
    }

    public Answered answer(Actor actor, long proposalId, Origin origin, Reply reply, LocalDate counterDate, String reason) {
        Proposal proposal = forAnswer(actor, proposalId, origin);
        StepInPlan target = steps.findWithPlan(proposal.stepId()).orElseThrow(() -> new PlanException(Permissions.GONE));
        Instant now = clock.instant();
        String why = Limits.optional(reason, Limits.REASON, "reason");
        LocalDate counter = reply == Reply.COUNTER ? Limits.date(counterDate, clock, target.plan().timeZone(), "new date") : null;
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            Proposal.State closing = switch (reply) {
                case ACCEPT -> Proposal.State.ACCEPTED;
                case DECLINE -> Proposal.State.DECLINED;
                case COUNTER -> Proposal.State.COUNTERED;
            };
            if (!commitments.close(tx, proposal.id(), closing, actor.userId(), now)) {
                throw alreadyAnswered(proposal);
            }
            switch (reply) {
                case ACCEPT -> accept(tx, actor, target, proposal, now);
                case DECLINE -> note(tx, actor, target, Change.PROPOSAL_DECLINED, proposal, why, now);
                case COUNTER -> {
                    commitments.insertProposal(tx, new Proposal(0, proposal.planId(), proposal.stepId(), Proposal.Kind.DATE,
                            target.step().dueDate(), counter, null, why, actor.userId(), proposal.answeredBy(),
                            Proposal.State.OPEN, now), actor.teamId());
                    note(tx, actor, target, Change.PROPOSAL_COUNTERED, proposal, counter + (why == null ? "" : ": " + why), now);
                }
            }
        });
        changes.committed(target.plan().id());
        return new Answered(proposal, steps.findWithPlan(proposal.stepId()).orElse(target), reply);
    }

    /** The change applies as agreed: both organisations' agreements move to the new terms with it. */
    private void accept(DSLContext tx, Actor actor, StepInPlan target, Proposal proposal, Instant now) {
        Step step = target.step();
        List<Change> log = new ArrayList<>();
        Step changed;
        if (proposal.kind() == Proposal.Kind.DATE) {
            changed = step.withDueDate(proposal.newDate()).withAgreedDueDate(proposal.newDate());
            log.add(StepWriter.dueDateChange(step, proposal.newDate(), proposal.reason()));
        } else {
            changed = step.withOwner(proposal.newOwner(), proposal.newOwner().isSlackUser()
                    ? Side.ownedBy(proposal.newOwner(), target.plan()) : step.side());
            log.add(Change.ofStep(step, Change.OWNER, OwnerText.plain(step.owner()), OwnerText.plain(proposal.newOwner()), proposal.reason()));
        }
        log.add(Change.ofStep(step, Change.PROPOSAL_ACCEPTED, "by <@" + proposal.proposedBy() + ">", describe(proposal), proposal.reason()));
        int before = commitments.termsVersion(tx, target.plan().id());
        if (writer.write(tx, target, Edit.of(changed, log, true), actor).isEmpty()) {
            throw new PlanException("Someone changed that step at the same moment, so nothing was accepted. Please try again.");
        }
        int terms = before + 1;
        commitments.carryAgreement(tx, target.plan().id(), proposal.proposedSide(), before, terms);
        boolean othersOpen = commitments.openProposal(tx, step.id()).isPresent()
                || !commitments.openOfPlanIn(tx, target.plan().id()).isEmpty();
        if (othersOpen) {
            commitments.carryAgreement(tx, target.plan().id(), proposal.answeredBy(), before, terms);
        } else {
            commitments.agree(tx, target.plan().id(), new Agreement(proposal.answeredBy(), terms, actor.userId(),
                    proposal.answeredBy() == OrgSide.CUSTOMER ? target.plan().customerName() : null, now), actor.teamId());
        }
        commitment.agreedIfBoth(tx, target.plan().id(), terms, now);
    }

    private void note(DSLContext tx, Actor actor, StepInPlan target, String kind, Proposal proposal, String detail, Instant now) {
        history.append(tx, List.of(Change.ofStep(target.step(), kind, describe(proposal), detail, proposal.reason())), actor, now);
        plans.touch(tx, target.plan().id(), actor.userId(), now);
    }

    static String describe(Proposal p) {
        return p.kind() == Proposal.Kind.DATE ? p.oldDate() + " → " + p.newDate() : "owner " + OwnerText.plain(p.newOwner());
    }

    private PlanException alreadyAnswered(Proposal proposal) {
        String who = commitments.answeredBy(proposal.id()).filter(id -> id != null).map(id -> " by <@" + id + ">").orElse("");
        return new PlanException("That proposal was already answered" + who + "; the card shows where it stands.");
    }
}
