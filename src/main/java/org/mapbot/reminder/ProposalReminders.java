package org.mapbot.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.reminder.domain.PlannedReminder;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderTiming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder of a proposal the other organisation has not answered: once, to the organisation that must answer it,
 * two working days after it was made, counted in that side's time ({@link ReminderTiming#proposalReminderAt}).
 *
 * <ul>
 *   <li>The seller's organisation answers: a DM to the plan's seller owner, in their zone.</li>
 *   <li>The customer's organisation answers: the bot cannot write to people of another organisation directly, so it
 *       writes in the card's thread in the plan's channel and mentions the customer people concerned
 *       ({@link #customerPeople}); it goes out in the working hours of the step's customer owner when Slack told us
 *       their zone, else in the plan's.</li>
 * </ul>
 * Proposals about internal steps are never reminded: the customer never sees those steps, so none should exist.
 */
final class ProposalReminders {
    private static final Logger log = LoggerFactory.getLogger(ProposalReminders.class);

    private ProposalReminders() {
    }

    /** One reminder per open proposal; one whose time passed while the plan was paused goes out at the next chance. */
    static List<PlannedReminder> planned(Plan plan, List<Step> steps, Commitment commitment, SlackDirectory.Cached zones,
                                         Instant now) {
        List<PlannedReminder> rows = new ArrayList<>();
        for (Proposal proposal : commitment.open()) {
            Step step = steps.stream().filter(s -> s.id() == proposal.stepId()).findFirst().orElse(null);
            if (step == null || !step.isOpen() || step.internalOnly()) {
                continue;
            }
            boolean sellerAnswers = proposal.answeredBy() == OrgSide.SELLER;
            String recipient = sellerAnswers ? plan.ownerUserId() : plan.channelId();
            ZoneId zone = sellerAnswers ? zones.zoneOr(plan.ownerUserId(), plan.timeZone())
                    : customerOwner(plan, step).map(owner -> zones.zoneOr(owner, plan.timeZone())).orElse(plan.timeZone());
            Instant due = ReminderTiming.proposalReminderAt(proposal.createdAt(), zone);
            Instant at = due.isBefore(now) ? ReminderTiming.earliestSendAt(now, zone) : due;
            rows.add(new PlannedReminder(plan.id(), step.id(), ReminderKind.PROPOSAL, recipient,
                    proposal.createdAt().atZone(zone).toLocalDate(), zone, at, proposal.id()));
        }
        return rows;
    }

    /**
     * Who of the customer's organisation is mentioned: the step's owner when they are a customer person on Slack;
     * otherwise the person who agreed to the plan for the customer. With neither, nobody is mentioned and the
     * message names the customer's organisation.
     */
    static List<String> customerPeople(Plan plan, Step step, Commitment commitment) {
        Optional<String> owner = customerOwner(plan, step);
        if (owner.isPresent()) {
            return List.of(owner.get());
        }
        return commitment.customer().map(agreement -> List.of(agreement.userId())).orElse(List.of());
    }

    private static Optional<String> customerOwner(Plan plan, Step step) {
        Owner owner = step.owner();
        return owner.isSlackUser() && Side.ownedBy(owner, plan) == Side.CUSTOMER ? owner.slackUserId() : Optional.empty();
    }

    /** Why a due proposal reminder is not sent after all, or empty when it goes out: checked at send time. */
    static Optional<String> whyNot(PlanView view, Step step, Reminder reminder) {
        if (step.internalOnly()) {
            log.warn("Reminder {} is about a proposal on internal step {}; not sent", reminder.id(), step.id());
            return Optional.of("internal step: never proposed to the other organisation");
        }
        return proposal(view, reminder).isPresent() ? Optional.empty() : Optional.of("proposal answered or withdrawn");
    }

    /** The message for a reminder {@link #whyNot} let through. */
    static ReminderViews.Message message(PlanView view, Step step, Reminder reminder) {
        Proposal proposal = proposal(view, reminder).orElseThrow();
        Plan plan = view.plan();
        return reminder.isDirectMessage() ? ProposalReminderViews.toSeller(plan, step, proposal)
                : ProposalReminderViews.toCustomer(plan, step, proposal, customerPeople(plan, step, view.commitment()));
    }

    private static Optional<Proposal> proposal(PlanView view, Reminder reminder) {
        return view.commitment().open().stream()
                .filter(p -> reminder.proposalId() != null && p.id() == reminder.proposalId()
                        && reminder.stepId() != null && p.stepId() == reminder.stepId())
                .findFirst();
    }
}
