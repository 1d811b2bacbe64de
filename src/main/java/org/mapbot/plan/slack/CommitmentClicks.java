package org.mapbot.plan.slack;

import org.mapbot.interaction.Click;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.Refusal;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.service.CommitmentService;
import org.mapbot.plan.service.PlanReview;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.ProposalAnswers;
import org.mapbot.plan.service.ProposalAnswers.Reply;
import org.mapbot.plan.service.StepService;
import org.mapbot.slack.SlackText;

/**
 * The commitment's buttons, for both organisations: agree (the seller's also asks the customer), review and suggest
 * changes, the customer's side, answers to a proposal (on the card or its reminder), and a done step's result.
 * Translate, call the service, answer.
 */
public final class CommitmentClicks {
    private final PlanService plans;
    private final StepService steps;
    private final CommitmentService commitments;
    private final PlanReview review;
    private final ProposalAnswers answers;
    private final CommitmentMessages messages;
    private final ProposalMessages proposalMessages;

    public CommitmentClicks(PlanService plans, StepService steps, CommitmentService commitments, PlanReview review,
                            ProposalAnswers answers, CommitmentMessages messages, ProposalMessages proposalMessages) {
        this.plans = plans;
        this.steps = steps;
        this.commitments = commitments;
        this.review = review;
        this.answers = answers;
        this.messages = messages;
        this.proposalMessages = proposalMessages;
    }

    public void registerOn(SlackListeners listeners) {
        listeners.onClick(CardIds.AGREE, this::agree);
        listeners.onClick(CardIds.SUGGEST, click -> {
            Plan plan = commitments.planAt(click.who().actor(), planId(click), click.who().origin());
            review.forReview(click.who().actor(), plan.id());
            click.answer().open(CommitmentModals.review(plans.view(plan).forCustomer()));
        });
        listeners.onClick(CardIds.YOUR_SIDE, click -> {
            Plan plan = commitments.planAt(click.who().actor(), planId(click), click.who().origin());
            if (!plan.status().isOpen()) {
                throw new PlanException("This plan is " + plan.status().label() + "; it takes no more steps.");
            }
            click.answer().open(CommitmentModals.yourSide(plan));
        });
        listeners.onClick(CardIds.ACCEPT, click -> answer(click, Reply.ACCEPT));
        listeners.onClick(CardIds.DECLINE, click -> answer(click, Reply.DECLINE));
        listeners.onClick(CardIds.COUNTER, click -> {
            var answerable = answers.forAnswer(click.who().actor(), click.id("button"), click.who().origin());
            if (answerable.proposal().newDate() == null) {
                throw new PlanException("Only a new date can be countered. Accept or decline the new owner.");
            }
            click.answer().open(CommitmentModals.counter(answerable.proposal(), answerable.target().step(), answerable.target().plan()));
        });
        listeners.onClick(CardIds.ADD_RESULT, click -> {
            StepInPlan target = steps.forWork(click.who().actor(), click.id("button"), click.who().origin(), "record the result of");
            click.answer().open(CommitmentModals.result(target.step()));
        });
    }

    /**
     * Agree. The customer's is their agreement to the plan as shown; the seller's asks the customer (and is the
     * seller's agreement), or completes the agreement when the customer already agreed the plan as it stands.
     */
    private void agree(Click click) {
        String[] parts = click.value() == null ? new String[0] : click.value().split(":", 2);
        if (parts.length != 2) {
            throw new Refusal("That button is not one I know. Please use the card's *Agree to this plan* again.");
        }
        long planId = InteractionReader.id(parts[0], "button");
        int shownTerms = Math.toIntExact(InteractionReader.id(parts[1], "button"));
        Actor actor = click.who().actor();
        Plan plan = commitments.planAt(actor, planId, click.who().origin());
        PlanView view = plans.view(plan);
        Commitment before = view.commitment();
        if (actor.isSellerOf(plan) && !before.agreedBy(OrgSide.CUSTOMER)) {
            if (before.agreedBy(OrgSide.SELLER) && commitments.requestMessage(plan).isPresent()) {
                click.answer().tell("Your team already asked " + customer(plan) + " to agree to the plan as it stands; "
                        + "the request is in the channel, and the card shows when they answer.");
                return;
            }
            commitments.propose(actor, plan, view.forCustomer().steps().size());
            messages.postRequest(plan, actor.userId());
            click.answer().tell("I asked " + customer(plan) + " to agree: the request is in the channel, with *Agree* and "
                    + "*Suggest changes*. Your team's agreement is recorded with it.");
            return;
        }
        try {
            Commitment after = commitments.agree(actor, plan, shownTerms);
            if (before.agreedBy(OrgSide.of(actor, plan))) {
                click.answer().tell("Your organisation already agreed to the plan as it stands. " + CommitmentText.line(plans.view(plan)));
            } else if (after.state() == Commitment.State.AGREED) {
                click.answer().tell(":handshake: Thank you: the plan is now agreed by both organisations.");
                messages.notice(plan, ":handshake: " + SlackText.mention(actor.userId()) + " agreed: *"
                        + SlackText.escape(plan.title()) + "* is now agreed by both organisations.");
            } else {
                click.answer().tell("Thank you: your agreement is recorded. The plan counts as agreed once the other "
                        + "organisation agrees to it as it stands.");
            }
        } finally {
            messages.refreshRequest(plan.id());
        }
    }

    /** Accept or decline, on the card or on the proposal's own reminder (which then shows the answer instead). */
    private void answer(Click click, Reply reply) {
        Origin origin = proposalMessages.checked(click.id("button"), click.who().origin());
        ProposalAnswers.Answered answered = answers.answer(click.who().actor(), click.id("button"), origin, reply, null, null);
        messages.refreshRequest(answered.target().plan().id());
        String notice = ProposalNotices.answered(answered, click.who().userId());
        messages.notice(answered.target().plan(), notice);
        if (origin.surface() == Origin.Surface.REMINDER) {
            messages.answeredOn(answered.target().plan(), origin.channelId(), origin.messageTs(), notice);
        }
        click.answer().tell(switch (answered.reply()) {
            case ACCEPT -> "Accepted. " + SlackText.mention(answered.proposal().proposedBy()) + " is told in the card's thread.";
            case DECLINE -> "Declined: the step keeps its date. " + SlackText.mention(answered.proposal().proposedBy())
                    + " is told in the card's thread.";
            case COUNTER -> "Your date went back to them as a counter-proposal.";
        });
    }

    private static long planId(Click click) {
        return click.id("button");
    }

    private static String customer(Plan plan) {
        return plan.customerName() == null ? "the customer" : SlackText.escape(plan.customerName());
    }
}
