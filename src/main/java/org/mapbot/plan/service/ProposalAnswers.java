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
 * The other organisation's answer to a proposal: accept (the change applies as an agreed change), decline (nothing
 * changes, the proposer is told) or counter (another date goes back the other way). Only the organisation that did
 * not propose answers, and of two answers at once the first wins. Accepting the last open proposal is agreeing to the
 * plan as it then stands; a proposer who agreed subject to their proposals agrees once the last of them is accepted.
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
        this.writer = new StepWriter(dsl, steps, plans, history, new Terms(plans, commitments), changes, clock);
        this.changes = changes;
        this.clock = clock;
    }

    public enum Reply { ACCEPT, DECLINE, COUNTER }

    /** What came of an answer: the proposal as it was, the step as it now is, and the reply. */
    public record Answered(Proposal proposal, StepInPlan target, Reply reply, LocalDate counterDate, String reason) {
    }

    /** A proposal and its step, as they stand now. */
    public record Answerable(Proposal proposal, StepInPlan target) {
    }

    /** The proposal a click names, for the person who may answer it, as it stands now. */
    public Answerable forAnswer(Actor actor, long proposalId, Origin origin) {
        Proposal proposal = commitments.proposal(proposalId).orElseThrow(() -> new PlanException(Permissions.GONE));
        StepInPlan target = steps.findWithPlan(proposal.stepId()).orElseThrow(() -> new PlanException(Permissions.GONE));
        Permissions.requireSameInstallation(actor, target.plan());
        Permissions.requireShownAt(target.plan(), origin);
        OrgSide side = OrgSide.of(actor, target.plan());
        if (!answers(side, proposal, target.step().internalOnly())) {
            if (target.step().internalOnly() && side != OrgSide.SELLER) {
                throw new PlanException(Permissions.GONE);
            }
            throw new PlanException(proposal.proposedBy().equals(actor.userId())
                    ? "That is your own proposal: the other organisation answers it. To take it back, propose the date the step has now."
                    : "This proposal is for the other organisation to answer: " + OwnerText.mention(proposal.proposedBy())
                    + " is waiting for them.");
        }
        if (proposal.state() != Proposal.State.OPEN) {
            throw alreadyAnswered(proposal);
        }
        return new Answerable(proposal, target);
    }

    /**
     * Whether a person of {@code side} answers the proposal: the organisation that did not propose it (for a "both"
     * step too), and never the customer's about an internal step, which they do not see.
     */
    public static boolean answers(OrgSide side, Proposal proposal, boolean internalStep) {
        return side == proposal.answeredBy() && (side == OrgSide.SELLER || !internalStep);
    }

    public Answered answer(Actor actor, long proposalId, Origin origin, Reply reply, LocalDate counterDate, String reason) {
        Answerable answerable = forAnswer(actor, proposalId, origin);
        Proposal proposal = answerable.proposal();
        StepInPlan target = answerable.target();
        Instant now = clock.instant();
        String why = Limits.optional(reason, Limits.REASON, "reason");
        LocalDate counter = reply == Reply.COUNTER ? Limits.date(counterDate, clock, target.plan().timeZone(), "new date") : null;
        if (reply == Reply.COUNTER && proposal.newDate() == null) {
            throw new PlanException("Only a new date can be countered. Accept or decline the new owner.");
        }
        if (reply == Reply.COUNTER && counter.equals(proposal.newDate())) {
            throw new PlanException("That is the date they proposed: use *Accept* to take it.");
        }
        boolean stale = proposal.newDate() != null && !java.util.Objects.equals(proposal.oldDate(), target.step().dueDate());
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            if (stale) {
                // The date may have moved because another answer to this very proposal just won: then that is the news.
                if (!commitments.close(tx, proposal.id(), Proposal.State.WITHDRAWN, actor.userId(), now)) {
                    throw alreadyAnswered(proposal);
                }
                return;
            }
            if (!commitments.close(tx, proposal.id(), closing(reply), actor.userId(), now)) {
                throw alreadyAnswered(proposal);
            }
            switch (reply) {
                case ACCEPT -> accept(tx, actor, target, proposal, now);
                case DECLINE -> decline(tx, actor, target, proposal, why, now);
                case COUNTER -> {
                    commitments.insertProposal(tx, new Proposal(0, proposal.planId(), proposal.stepId(), null,
                            target.step().dueDate(), counter, null, why, actor.userId(), proposal.answeredBy(),
                            Proposal.State.OPEN, now, false), actor.teamId());
                    note(tx, actor, target, Change.PROPOSAL_COUNTERED, proposal, counter + (why == null ? "" : ": " + why), now);
                }
            }
        });
        changes.committed(target.plan().id());
        if (stale) {
            throw new PlanException("The step's date changed after this was proposed, so the proposal no longer applies and "
                    + "I changed nothing. The card shows the step as it is now.");
        }
        return new Answered(proposal, steps.findWithPlan(proposal.stepId()).orElse(target), reply, counter, why);
    }

    private static Proposal.State closing(Reply reply) {
        return switch (reply) {
            case ACCEPT -> Proposal.State.ACCEPTED;
            case DECLINE -> Proposal.State.DECLINED;
            case COUNTER -> Proposal.State.COUNTERED;
        };
    }

    /** The change applies as agreed; agreements follow the rules in the class comment. */
    private void accept(DSLContext tx, Actor actor, StepInPlan target, Proposal proposal, Instant now) {
        Step step = target.step();
        List<Change> log = new ArrayList<>();
        Step changed = step;
        if (proposal.newDate() != null) {
            changed = changed.withDueDate(proposal.newDate()).withAgreedDueDate(proposal.newDate());
            log.add(StepWriter.dueDateChange(step, proposal.newDate(), proposal.reason()));
        }
        if (proposal.newOwner() != null) {
            changed = changed.withOwner(proposal.newOwner(), proposal.newOwner().isSlackUser()
                    ? Side.ownedBy(proposal.newOwner(), target.plan()) : step.side());
            log.add(Change.ofStep(step, Change.OWNER, OwnerText.plain(step.owner()), OwnerText.plain(proposal.newOwner()),
                    proposal.reason()));
        }
        log.add(Change.ofStep(step, Change.PROPOSAL_ACCEPTED, "by " + OwnerText.mention(proposal.proposedBy()), describe(proposal),
                proposal.reason()));
        int before = commitments.termsVersion(tx, target.plan().id());
        if (writer.write(tx, target, Edit.of(changed, log, true), actor).isEmpty()) {
            throw new PlanException("Someone changed that step at the same moment, so nothing was accepted. Please try again.");
        }
        int terms = before + 1;
        commitments.carryAgreement(tx, target.plan().id(), proposal.proposedSide(), before, terms);
        List<Proposal> open = commitments.openOfPlanIn(tx, target.plan().id());
        boolean proposerStillAsks = open.stream().anyMatch(p -> p.proposedSide() == proposal.proposedSide() && p.withAgreement());
        if (proposal.withAgreement() && !proposerStillAsks) {
            commitments.agree(tx, target.plan().id(), new Agreement(proposal.proposedSide(), terms, proposal.proposedBy(),
                    orgOf(target, proposal.proposedSide(), actor), proposal.createdAt()), null);
            agreedInHistory(tx, target, proposal.proposedSide(), terms,
                    new Actor(proposal.proposedBy(), null, null, actor.installation()), now);
        }
        if (open.isEmpty()) {
            commitments.agree(tx, target.plan().id(), new Agreement(proposal.answeredBy(), terms, actor.userId(),
                    orgOf(target, proposal.answeredBy(), actor), now), actor.teamId());
            agreedInHistory(tx, target, proposal.answeredBy(), terms, actor, now);
        }
        commitment.agreedIfBoth(tx, target.plan().id(), terms, now);
    }

    /** Nothing changes; a proposer who agreed subject to their proposals has not agreed to the plan as it stays. */
    private void decline(DSLContext tx, Actor actor, StepInPlan target, Proposal proposal, String why, Instant now) {
        if (proposal.withAgreement()) {
            commitments.dropConditionalAgreement(tx, target.plan().id(), proposal.proposedSide());
        }
        note(tx, actor, target, Change.PROPOSAL_DECLINED, proposal, why, now);
    }

    /** An agreement that came with accepted proposals is in the history like one given with the Agree button. */
    private void agreedInHistory(DSLContext tx, StepInPlan target, OrgSide side, int terms, Actor who, Instant now) {
        history.append(tx, List.of(Change.ofPlan(target.plan().id(), Change.AGREED, side.dbValue(), String.valueOf(terms), null)),
                who, now);
    }

    private static String orgOf(StepInPlan target, OrgSide side, Actor actor) {
        if (side == OrgSide.CUSTOMER) {
            return target.plan().customerName();
        }
        return actor == null || actor.installation() == null ? null : actor.installation().teamName();
    }

    private void note(DSLContext tx, Actor actor, StepInPlan target, String kind, Proposal proposal, String detail, Instant now) {
        history.append(tx, List.of(Change.ofStep(target.step(), kind, describe(proposal), detail, proposal.reason())), actor, now);
        plans.touch(tx, target.plan().id(), actor.userId(), now);
    }

    static String describe(Proposal p) {
        String date = p.newDate() == null ? null : p.oldDate() + " → " + p.newDate();
        String owner = p.newOwner() == null ? null : "owner " + OwnerText.plain(p.newOwner());
        return date == null ? owner : owner == null ? date : date + ", " + owner;
    }

    private PlanException alreadyAnswered(Proposal proposal) {
        String who = commitments.answeredBy(proposal.id()).map(id -> " by " + OwnerText.mention(id)).orElse("");
        return new PlanException("That proposal was already answered" + who + "; the card shows where it stands.");
    }
}
